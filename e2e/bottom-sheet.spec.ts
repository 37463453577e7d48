import type { Page } from '@playwright/test';
import { cityButton, expect, mapRegion, openMap, test } from './support/fixtures';

test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

const sheet = (page: Page) => page.getByRole('region', { name: 'Panel boczny' });
const handle = (page: Page) => page.getByRole('button', { name: 'Filtry i lista' });
const list = (page: Page) => page.getByRole('region', { name: 'Lista miast' });

/**
 * Drags the sheet's handle by `dy` pixels (up is negative), in small steps, with the mouse;
 * `slowly`, so that the lift is no flick.
 */
async function dragHandle(page: Page, dy: number, slowly = false): Promise<void> {
  const box = (await handle(page).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(x, y + (dy * step) / 10);
    if (slowly) await page.waitForTimeout(40);
  }
  await page.mouse.up();
}

test.describe('on a phone the panel is a bottom sheet', () => {
  test('peeking, it shows the search and the count under the map', async ({ page }) => {
    await openMap(page);
    await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(sheet(page).getByRole('combobox', { name: 'Szukaj' })).toBeVisible();
    await expect(sheet(page).getByRole('status')).toHaveText('22 z 22 miast');
    await expect(list(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filtry', exact: true })).toHaveCount(0);
    // The map ends where the sheet begins: no marker or control hides behind the peek.
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    const peek = (await sheet(page).boundingBox())!;
    expect(map.y + map.height).toBeLessThanOrEqual(peek.y + 1);
    expect(peek.y + peek.height).toBeCloseTo(667, 0);
  });

  test('its button expands it to the filters and the list, and folds it back', async ({ page }) => {
    await openMap(page);
    await handle(page).tap();
    await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Filtry', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Wyczyść filtry' })).toBeVisible();
    await expect(list(page).getByRole('button', { name: /^Takasaki,/ })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Obok mapy' })).toBeVisible();
    // Expanded, the sheet covers the map, which is out of sight and reach until it folds.
    await expect(mapRegion(page)).toBeHidden();
    await page.getByRole('button', { name: 'Filtry', exact: true }).tap();
    await page.getByRole('button', { name: /^Sport/ }).tap();
    await expect(sheet(page).getByRole('status')).toHaveText('3 z 22 miast');
    await handle(page).tap();
    await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(list(page)).toBeHidden();
    await expect(mapRegion(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filtry (wybrane: 1)' })).toHaveCount(0);
  });

  test('dragging its handle up expands it, dragging it down folds it', async ({ page }) => {
    await openMap(page);
    await dragHandle(page, -300);
    await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(list(page)).toBeVisible();
    await expect(async () => {
      expect((await sheet(page).boundingBox())!.y).toBeLessThan(100);
    }).toPass();
    // A short drag returns it where it was.
    await dragHandle(page, 40, true);
    await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
    await dragHandle(page, 300);
    await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(list(page)).toBeHidden();
  });

  test('a city opened from its marker shows in the sheet, and "Wyniki" leads back to the results', async ({
    page,
  }) => {
    await openMap(page);
    await cityButton(page, 'Berlin').tap();
    const panel = page.getByRole('region', { name: 'Berlin' });
    await expect(panel).toBeVisible();
    await expect(sheet(page).getByRole('region', { name: 'Berlin' })).toBeVisible();
    // The map above keeps the city in sight.
    await expect(cityButton(page, 'Berlin')).toBeInViewport();
    await sheet(page).getByRole('button', { name: 'Wyniki' }).tap();
    await expect(panel).toHaveCount(0);
    await expect(page).not.toHaveURL(/city=/);
    await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(list(page).getByRole('heading', { level: 2, name: 'Lista miast' })).toBeFocused();
  });

  test("a city's close button returns to the map as it was", async ({ page }) => {
    await openMap(page);
    await cityButton(page, 'Berlin').tap();
    await page.getByRole('button', { name: 'Zamknij panel' }).tap();
    await expect(page.getByRole('region', { name: 'Berlin' })).toHaveCount(0);
    await expect(handle(page)).toHaveAttribute('aria-expanded', 'false');
    await cityButton(page, 'Kijów').tap();
    await expect(page.getByRole('region', { name: 'Kijów' })).toBeVisible();
  });

  test('peeking, the search suggestions open upwards over the map', async ({ page }) => {
    await openMap(page);
    await page.getByRole('combobox', { name: 'Szukaj' }).fill('kij');
    const option = page.getByRole('option', { name: /^Kijów/ });
    await expect(option).toBeInViewport({ ratio: 1 });
    await option.tap();
    await expect(page.getByRole('region', { name: 'Kijów' })).toBeVisible();
  });

  test('the skip link expands the sheet to the list', async ({ page }) => {
    await openMap(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Przejdź do listy miast' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(handle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(list(page).getByRole('heading', { level: 2, name: 'Lista miast' })).toBeFocused();
  });

  test('it never traps focus: Tab goes on from its handle, Shift+Tab back into the map above', async ({
    page,
  }) => {
    await openMap(page);
    await expect(page.locator('[aria-modal]')).toHaveCount(0);
    await handle(page).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Szukaj' })).toBeFocused();
    await handle(page).focus();
    await page.keyboard.press('Shift+Tab');
    // Back into the map above it, the way the eye goes up.
    const inMap = await page.evaluate(
      () => document.activeElement?.closest('.workspace__map') !== null,
    );
    expect(inMap).toBe(true);
  });

  test('it follows the wish for less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page);
    const duration = await sheet(page).evaluate(
      (element) => getComputedStyle(element).transitionDuration,
    );
    expect(duration).toBe('0s');
  });

  test('in English, its button says so', async ({ page }) => {
    await openMap(page, '?lang=en');
    const englishHandle = page.getByRole('button', { name: 'Filters and list' });
    await englishHandle.tap();
    await expect(englishHandle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('region', { name: 'List of cities' })).toBeVisible();
  });
});

test('at 320 px with the sheet expanded and its filters open nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openMap(page, '?lang=en');
  await page.getByRole('button', { name: 'Filters and list' }).tap();
  await page.getByRole('button', { name: 'Filters', exact: true }).tap();
  await expect(page.getByRole('button', { name: /^Sport/ })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
