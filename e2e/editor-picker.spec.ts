import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';

/** A city's coordinates picked on the small map in its form, as well as typed. */
test.use({ liveData: true });

const SHOTS = 'screenshots/editor-picker';
const PICKER = /^Kliknij na mapie, aby wskazać miejsce/;

async function openBerlin(page: Page): Promise<Locator> {
  await page.goto('./editor.html');
  await page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }).click();
  await page
    .getByRole('navigation', { name: 'Części pliku' })
    .getByRole('button', { name: 'Miasta' })
    .click();
  await page.getByRole('button', { name: /^Berlin/ }).click();
  const form = page.getByRole('region', { name: 'Berlin' });
  await expect(form.getByRole('group', { name: PICKER })).toBeVisible();
  return form;
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('The element has no box: it is not shown');
  return found;
}

const centre = (b: { x: number; y: number; width: number; height: number }) => ({
  x: b.x + b.width / 2,
  y: b.y + b.height / 2,
});

async function coordinates(form: Locator): Promise<{ lat: number; lng: number }> {
  const lat = await form.getByLabel('Szerokość geograficzna (lat)').inputValue();
  const lng = await form.getByLabel('Długość geograficzna (lng)').inputValue();
  // Four decimals at most, as the file keeps them.
  expect(lat).toMatch(/^-?\d+(\.\d{1,4})?$/);
  expect(lng).toMatch(/^-?\d+(\.\d{1,4})?$/);
  return { lat: Number(lat), lng: Number(lng) };
}

test.describe('the coordinate picker', () => {
  // A page load, the validator on the whole file, a map and axe: slow on a busy 2-core machine.
  test.beforeEach(() => test.slow());

  test('a click on the map sets lat and lng, and the marker goes there', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const form = await openBerlin(page);
    const map = form.getByRole('group', { name: PICKER });
    const marker = map.getByTitle('Wskazane miejsce');
    const lat = form.getByLabel('Szerokość geograficzna (lat)');
    const lng = form.getByLabel('Długość geograficzna (lng)');
    await expect(marker).toBeVisible();
    const berlin = await coordinates(form);
    expect(berlin.lat).toBeCloseTo(52.52, 1);
    expect(berlin.lng).toBeCloseTo(13.4, 1);

    // A decimal comma is an error; a click replaces it with a valid point.
    await lat.fill('52,52');
    await expect(lat).toHaveAttribute('aria-invalid', 'true');

    // The marker stands where the click was, in the map (which moves up on the page when the
    // error under the field goes).
    const expectMarkerAt = async (position: { x: number; y: number }) => {
      // Polled: a warning about the new point may appear under the field meanwhile.
      await expect
        .poll(async () => {
          const mapBox = await box(map);
          const shown = centre(await box(marker));
          return Math.hypot(shown.x - (mapBox.x + position.x), shown.y - (mapBox.y + position.y));
        })
        .toBeLessThan(3);
    };
    const { width, height } = await box(map);
    const west = { x: width * 0.3, y: height * 0.3 };
    await map.click({ position: west });
    await expect(lat).not.toHaveValue('52,52');
    const first = await coordinates(form);
    await expect(lat).not.toHaveAttribute('aria-invalid');
    await expectMarkerAt(west);

    const east = { x: width * 0.8, y: height * 0.75 };
    await map.click({ position: east });
    await expect(lng).not.toHaveValue(String(first.lng));
    const second = await coordinates(form);
    await expectMarkerAt(east);

    // Further right is further east, further down further south; the map opened on Berlin,
    // so both points are in Europe.
    expect(second.lng).toBeGreaterThan(first.lng);
    expect(second.lat).toBeLessThan(first.lat);
    for (const point of [first, second]) {
      expect(Math.abs(point.lat - berlin.lat)).toBeLessThan(15);
      expect(Math.abs(point.lng - berlin.lng)).toBeLessThan(30);
    }
    // The validator checked the clicked values as typed ones: no error on either field.
    await expect(lat).not.toHaveAttribute('aria-invalid');
    await expect(lng).not.toHaveAttribute('aria-invalid');
  });

  test('typed coordinates move the marker, and the picker is axe clean', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const form = await openBerlin(page);
    const map = form.getByRole('group', { name: PICKER });
    const marker = map.getByTitle('Wskazane miejsce');
    await expect(marker).toBeVisible();
    // Where the marker stands in the map, whatever a warning above does to the page.
    const inMap = async () => {
      const mapBox = await box(map);
      const shown = centre(await box(marker));
      return {
        x: shown.x - mapBox.x,
        y: shown.y - mapBox.y,
        width: mapBox.width,
        height: mapBox.height,
      };
    };
    const berlin = await inMap();
    const lat = form.getByLabel('Szerokość geograficzna (lat)');
    const lng = form.getByLabel('Długość geograficzna (lng)');

    // Nearby, inside the view: the marker moves east, then south, and the map stays.
    await lng.fill('16.9252');
    await expect.poll(async () => (await inMap()).x).toBeGreaterThan(berlin.x + 40);
    await lat.fill('50.5');
    await expect.poll(async () => (await inMap()).y).toBeGreaterThan(berlin.y + 40);

    // Madrid: outside that view, so the map follows the point and it stays in sight.
    await lat.fill('40.4168');
    await lng.fill('-3.7038');
    // The map pans the point into its centre (Madrid lies 17° west of Berlin, out of sight).
    await expect
      .poll(async () => {
        const madrid = await inMap();
        return Math.hypot(madrid.x - madrid.width / 2, madrid.y - madrid.height / 2);
      })
      .toBeLessThan(3);

    await map.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SHOTS}/picker-desktop.png` });
    await expectNoViolations(page);
  });

  test("the map is reached by Tab, says what it is for, zooms with + and -, and names its buttons in the editor's language", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const form = await openBerlin(page);
    const map = form.getByRole('group', { name: PICKER });
    const marker = map.getByTitle('Wskazane miejsce');
    await expect(marker).toBeVisible();
    const { width, height } = await box(map);
    await map.click({ position: { x: width * 0.3, y: height * 0.5 } });
    const fromCentre = async () => {
      const mapBox = await box(map);
      return Math.abs(centre(await box(marker)).x - centre(mapBox).x);
    };
    const before = await fromCentre();

    await form.getByLabel('Długość geograficzna (lng)').focus();
    await page.keyboard.press('Tab');
    await expect(map).toBeFocused();
    await page.keyboard.press('+');
    // One step in doubles the marker's distance from the centre the map zooms around.
    await expect.poll(fromCentre).toBeGreaterThan(before * 1.8);
    // Leaflet ignores a zoom key while the last zoom is still animating.
    await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0);
    await page.keyboard.press('-');
    await expect.poll(fromCentre).toBeLessThan(before * 1.2);

    // The zoom buttons speak the editor's language.
    await expect(map.getByRole('button', { name: 'Przybliż' })).toBeVisible();
    await expect(map.getByRole('button', { name: 'Oddal' })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    const englishMap = page.getByRole('group', { name: /^Click the map to place the city/ });
    await expect(englishMap.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(englishMap.getByRole('button', { name: 'Zoom out' })).toHaveCount(1);
    await expect(englishMap.getByRole('button', { name: 'Przybliż' })).toHaveCount(0);
  });

  test('fits a phone and is axe clean there', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    const form = await openBerlin(page);
    const map = form.getByRole('group', { name: PICKER });
    await expect(map.getByTitle('Wskazane miejsce')).toBeVisible();
    await map.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const mapBox = await box(map);
    expect(mapBox.width).toBeLessThanOrEqual(375);
    expect(mapBox.height).toBeGreaterThanOrEqual(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.screenshot({ path: `${SHOTS}/picker-phone.png` });
    await expectNoViolations(page);
  });
});
