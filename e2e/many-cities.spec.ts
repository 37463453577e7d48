import type { Page } from '@playwright/test';
import { generateCooperation, toJsonText } from '../scripts/generate-data/generate';
import { cooperationSchema, type Cooperation } from '../src/data/schema';
import { serveData, testData } from './support/data';
import { expect, expectCountriesDrawn, mapRegion, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';

/**
 * `npm run data:generate -- --cities 10000 --visits 3 --years 3 --seed 1`, as the bench uses.
 * Made on first use, once per worker: not while Playwright only lists the tests.
 */
let made: { data: Cooperation; text: string } | undefined;
function manyCities(): { data: Cooperation; text: string } {
  if (!made) {
    const base = cooperationSchema.parse(testData());
    const data = generateCooperation({ base, cities: 10_000, visitsPerCity: 3, years: 3, seed: 1 });
    made = { data, text: toJsonText(data) };
  }
  return made;
}

/** 1,000 cities: enough to be clustered and listed in the long list, and ten times quicker to load. */
let madeSmaller: string | undefined;
function aThousandCities(): string {
  if (!madeSmaller) {
    const base = cooperationSchema.parse(testData());
    madeSmaller = toJsonText(
      generateCooperation({ base, cities: 1_000, visitsPerCity: 3, years: 3, seed: 1 }),
    );
  }
  return madeSmaller;
}

const clusters = (page: Page) => mapRegion(page).getByRole('button', { name: /^Grupa: / });
// Markers in view: those out of view (under the legend, say) are hidden from assistive technology.
const cityMarkers = (page: Page) =>
  page.locator('.city-marker:not(.city-marker--hub):not([aria-hidden="true"])');

/**
 * Into the first cluster until at least `cities` city markers show (counted after each zoom
 * has ended: during one the map can briefly hold neither clusters nor cities).
 */
async function zoomIntoClusters(page: Page, cities: number): Promise<void> {
  await expect(async () => {
    if ((await cityMarkers(page).count()) >= cities) return;
    await clusters(page).first().click({ timeout: 2_000 });
    await page.waitForTimeout(400);
    expect(await cityMarkers(page).count()).toBeGreaterThanOrEqual(cities);
  }).toPass({ timeout: 40_000 });
}

// Parsing, checking and clustering 10,000 cities: seconds on a busy 2-core machine.
async function openManyCities(page: Page, query = '', text = manyCities().text): Promise<void> {
  await serveData(page, text);
  await page.goto(`./${query}`);
  await expect(clusters(page).first()).toBeVisible({ timeout: 30_000 });
}

/**
 * Each load of 10,000 cities takes seconds on a busy 2-core machine, so each test below is a
 * scenario of several steps on one page load, and has the slow budget (three times the usual).
 */
test.describe('10,000 cities', () => {
  test.beforeEach(() => test.slow());

  test('the first view: clusters, axe, the list by keyboard, a theme', async ({ page }) => {
    await openManyCities(page);
    const { data } = manyCities();

    await test.step('gather into numbered clusters that name their cities, and only what is near the view is in the page', async () => {
      await expect(page.getByRole('status').filter({ hasText: /z 10\s000 miast/ })).toBeVisible();
      const first = clusters(page).first();
      // "Grupa: 1234 miast w tej okolicy, m.in. A, B, C. Przybliż, by zobaczyć każde"
      await expect(first).toHaveAccessibleName(
        /^Grupa: [\d\s]+ (miast|miasta) w tej okolicy, m\.in\. [^,]+, [^,]+, [^,]+\. Przybliż/,
      );
      await expect(first.locator('.cluster-marker__count')).toHaveText(/\d/);
      const inPage = await page.locator('.leaflet-marker-icon').count();
      expect(inPage, 'markers in the page').toBeLessThan(600);
    });

    await test.step('axe finds no violation with clusters and the virtualized list', async () => {
      // Soft: a violation fails the test, and the steps after it still run and report.
      await expectNoViolations(page, { soft: true });
    });

    await test.step('Tab walks the virtualized list past the rows first drawn', async () => {
      const list = page.getByRole('region', { name: 'Lista miast' });
      await list.locator('.city-list__city').first().focus();
      const firstDrawn = await list.locator('.city-list__city').count();
      for (let i = 0; i < firstDrawn + 5; i++) await page.keyboard.press('Tab');
      const focused = page.locator('.city-list__city:focus');
      await expect(focused).toHaveCount(1);
      await expect(focused).toBeInViewport();
    });

    await test.step('a theme filters all 10,000 cities', async () => {
      const filters = page.getByRole('region', { name: 'Filtry' });
      await filters.getByRole('button', { name: /^Sport/ }).click();
      const expected = new Set(
        data.visits.filter((v) => v.themes.includes('sport')).flatMap((v) => v.cityIds),
      ).size;
      await expect(filters.getByRole('status')).toHaveText(
        `${expected.toLocaleString('pl')} z ${(10_000).toLocaleString('pl')} miast`,
      );
    });
  });

  test('zooming in: clusters part by click and by keyboard, until every city can be reached', async ({
    page,
  }) => {
    await openManyCities(page);

    await test.step('a cluster zooms in until its cities part, by click and by keyboard', async () => {
      // A cluster zoomed into splits: no cluster keeps its name (its count and first cities).
      const clicked = (await clusters(page).first().getAttribute('aria-label'))!;
      await clusters(page).first().click();
      await expect(mapRegion(page).getByRole('button', { name: clicked, exact: true })).toHaveCount(
        0,
      );
      await expect(clusters(page).first()).toBeVisible();

      const pressed = (await clusters(page).first().getAttribute('aria-label'))!;
      await clusters(page).first().focus();
      await page.keyboard.press('Enter');
      await expect(mapRegion(page).getByRole('button', { name: pressed, exact: true })).toHaveCount(
        0,
      );
      // Focus waits on the map, from where Tab reaches the markers now shown.
      await expect(page.locator('.cooperation-map')).toBeFocused();
    });

    await test.step('every city can be reached: zoomed in, clusters give way to city markers', async () => {
      await zoomIntoClusters(page, 1);
      const marker = cityMarkers(page).first();
      await expect(marker).toBeVisible();
      const name = (await marker.getAttribute('aria-label'))!.split(',')[0]!;
      await marker.click();
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    });
  });

  test('the list: only the rows in sight are in the page, and a closed panel brings the list back', async ({
    page,
  }) => {
    await openManyCities(page);
    const list = page.getByRole('region', { name: 'Lista miast' });

    await test.step('the list keeps only the rows in sight in the page, and reaches the last city', async () => {
      await expect(list.locator('.city-list__city').first()).toBeVisible();
      expect(await list.locator('.city-list__city').count()).toBeLessThan(100);

      // Rows are measured as they are drawn, so the list grows as it scrolls: scroll until
      // its end stays in sight.
      const scroller = page.locator('.workspace__list');
      await expect
        .poll(() =>
          scroller.evaluate((element) => {
            element.scrollTop = element.scrollHeight;
            return element.scrollHeight - element.scrollTop - element.clientHeight < 2;
          }),
        )
        .toBe(true);
      const lastButton = list.locator('.city-list__city').last();
      await expect(lastButton).toBeVisible();
      await lastButton.focus();
      // The name of the row that has the focus, whatever the list drew meanwhile.
      const name = await page.evaluate(
        () => document.activeElement?.querySelector('.city-list__name')?.textContent ?? '',
      );
      expect(name).not.toBe('');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();

      // Closing the panel brings the row back (it left the page under the panel) and its focus.
      await page.keyboard.press('Escape');
      const row = list.locator('.city-list__city').filter({ hasText: name });
      await expect(row).toBeFocused();
      await expect(row).toBeInViewport();
      await page.screenshot({ path: 'screenshots/desktop-10000-list-row-focused.png' });
    });

    await test.step('a panel opened from elsewhere leaves the list drawn where it shows when it closes', async () => {
      await page.locator('.workspace__list').evaluate((element) => {
        element.scrollTop = element.scrollHeight / 2;
      });
      const city = manyCities().data.cities[0]!.name.pl;
      await page.getByRole('combobox', { name: 'Szukaj' }).fill(city);
      await page
        .getByRole('option', { name: new RegExp(city) })
        .first()
        .click();
      await expect(page.getByRole('heading', { level: 2, name: city })).toBeVisible();
      await page.keyboard.press('Escape');
      // Rows are drawn in the part of the list in sight (not only above or below it).
      const rowsInSight = () =>
        page.locator('.workspace__list').evaluate((box) => {
          const sight = box.getBoundingClientRect();
          return [...box.querySelectorAll('.city-list__city')].filter((row) => {
            const rect = row.getBoundingClientRect();
            return rect.bottom > sight.top && rect.top < sight.bottom;
          }).length;
        });
      await expect.poll(rowsInSight).toBeGreaterThan(2);
    });
  });
});

test('screenshots of 10,000 cities: clusters, a closer look, and the list on a phone', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 800 });
  await openManyCities(page);
  await expectCountriesDrawn(page);
  await page.screenshot({ path: 'screenshots/desktop-10000-cities.png' });
  await zoomIntoClusters(page, 3);
  await expect(cityMarkers(page).first()).toBeVisible();
  await page.screenshot({ path: 'screenshots/desktop-10000-zoomed.png' });

  await page.setViewportSize({ width: 375, height: 740 });
  await page.getByRole('button', { name: 'Filtry i lista' }).click();
  await expect(page.locator('.city-list__city').first()).toBeVisible();
  await page.screenshot({ path: 'screenshots/phone-10000-list.png' });
});

test.describe('code for many cities that cannot load', () => {
  test.beforeEach(() => test.slow());
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('without the clustering code the map says so, and a retry draws the clusters', async ({
    page,
  }) => {
    const chunk = /cluster-index[^/]*\.js$/;
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await serveData(page, aThousandCities());
    await page.goto('./');
    const alert = mapRegion(page).getByRole('alert');
    await expect(alert).toContainText('Nie udało się wczytać grupowania miast na mapie.', {
      timeout: 15_000,
    });
    await expect(clusters(page)).toHaveCount(0);
    await page.screenshot({ path: 'screenshots/clustering-failed.png' });
    await page.unroute(chunk);
    await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
    await expect(clusters(page).first()).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('without the long list code the list says so, and a retry shows the rows', async ({
    page,
  }) => {
    const chunk = /virtual-groups[^/]*\.js$/;
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await openManyCities(page, '', aThousandCities());
    const list = page.locator('#city-list');
    const alert = list.getByRole('alert');
    await expect(alert).toContainText('Nie udało się wczytać długiej listy miast.');
    // The map still works beside it.
    await expect(clusters(page).first()).toBeVisible();
    await page.screenshot({ path: 'screenshots/long-list-failed.png' });
    await page.unroute(chunk);
    await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
    await expect(list.getByRole('button', { name: /wizyt/ }).first()).toBeVisible();
    await expect(list.getByRole('alert')).toHaveCount(0);
  });
});
