import { testData, serveData } from './support/data';
import { cityButton, expect, expectCountriesDrawn, openMap, test } from './support/fixtures';

/**
 * Pictures of each state, for people to look at (screenshots/ is not committed, except the one
 * the README shows). Each test also checks the state it photographs is really there.
 */
const DIR = 'screenshots';

test.describe('screenshots', () => {
  // Several page loads per test.
  test.describe.configure({ timeout: 90_000 });
  test('desktop states', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openMap(page);
    await expectCountriesDrawn(page);
    await page.screenshot({ path: `${DIR}/desktop-first-view.png` });

    await cityButton(page, 'Takasaki').click();
    await expect(page.getByRole('region', { name: 'Takasaki' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/desktop-panel-takasaki.png` });

    await openMap(page, '?city=kyiv');
    await expect(page.getByRole('region', { name: 'Kijów' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/desktop-panel.png` });

    await openMap(page, '?themes=sport,heritage');
    await expect(page.getByRole('status').filter({ hasText: 'miast' })).toHaveText('5 z 22 miast');
    await page.screenshot({ path: `${DIR}/desktop-filtered.png` });

    await openMap(page, '?city=minsk&lang=en');
    await expect(page.getByRole('region', { name: 'Minsk' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/desktop-english.png` });

    await openMap(page, '?direction=incoming');
    await page.getByRole('button', { name: 'Podsumowanie', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Podsumowanie' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/desktop-summary.png` });

    await page.getByRole('combobox', { name: 'Szukaj' }).fill('kij');
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `${DIR}/desktop-search.png` });

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Kraj/ }).click();
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    await page.screenshot({ path: `${DIR}/desktop-countries.png` });
  });

  test('phone states', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await openMap(page);
    await expectCountriesDrawn(page);
    await expect(page.locator('.tiles-note')).toBeVisible();
    await page.screenshot({ path: `${DIR}/phone-first-view.png` });
    await page.getByRole('button', { name: 'Filtry i lista' }).tap();
    await page.getByRole('button', { name: 'Filtry', exact: true }).tap();
    await page.screenshot({ path: `${DIR}/phone-filters.png` });
    await openMap(page, '?city=minsk');
    await expect(page.getByRole('region', { name: 'Mińsk' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/phone-panel.png` });
    await openMap(page, '?summary=1&lang=en');
    await page.getByRole('button', { name: 'Filters and list' }).tap();
    await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
    await page.screenshot({ path: `${DIR}/phone-summary.png` });
    await context.close();
  });

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });
    test('error state', async ({ page }) => {
      await page.route(/\/data\/cooperation\.json$/, (route) =>
        route.fulfill({ status: 500, body: '' }),
      );
      await page.goto('./');
      await expect(page.getByRole('alert')).toBeVisible();
      await page.screenshot({ path: `${DIR}/error.png` });
    });

    test('parts that could not load, on a phone in English', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.route(/(arcs-layer|search-engine)[^/]*\.js$/, (route) => route.abort());
      await openMap(page, '?lang=en');
      const map = page.getByRole('region', { name: /map/i }).first();
      await expect(page.getByRole('alert')).toContainText('The visit lines could not be loaded.');
      await page.screenshot({ path: `${DIR}/phone-lines-failed.png` });
      await page.getByRole('combobox', { name: 'Search' }).fill('kyiv');
      await expect(page.getByRole('search').getByRole('alert')).toContainText(
        'The search could not be loaded.',
      );
      await expect(map).toBeVisible();
      await page.screenshot({ path: `${DIR}/phone-search-failed.png` });
    });
  });

  test('a data file with mistakes', async ({ page }) => {
    const data = testData();
    data.cities[6].relation = 'friend';
    await serveData(page, data);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openMap(page);
    await expect(page.locator('.data-notice')).toBeVisible();
    await page.screenshot({ path: `${DIR}/desktop-data-notice.png` });
    await page.setViewportSize({ width: 375, height: 740 });
    await page.screenshot({ path: `${DIR}/phone-data-notice.png` });

    const broken = testData();
    delete broken.hub.name;
    broken.visits = 'none';
    await page.unroute(/\/data\/cooperation\.json$/);
    await serveData(page, broken);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('./');
    await page.getByText('Szczegóły błędu').click();
    await expect(page.getByRole('alert')).toContainText('brak wymaganego pola "name"');
    await page.screenshot({ path: `${DIR}/error-unusable-file.png` });
  });
});
