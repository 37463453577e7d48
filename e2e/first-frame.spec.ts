import type { Page, Route } from '@playwright/test';
import { testData } from './support/data';
import { cityButton, expect, mapRegion, test } from './support/fixtures';

/** The page's code (React and the rest of the page), held back until `release` is called. */
async function holdPageCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[\w-]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** How often the page asks for the data file and the map settings, counted from now on. */
function countRequests(page: Page): { data: number; settings: number } {
  const asked = { data: 0, settings: 0 };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('/data/cooperation.json')) asked.data += 1;
    if (path.endsWith('/data/map-settings.json')) asked.settings += 1;
  });
  return asked;
}

const cityNames = (testData().cities as { name: { pl: string } }[]).map((city) => city.name.pl);

test.describe('the first frame', () => {
  test('draws the map and every city marker before the page code has arrived', async ({ page }) => {
    const release = await holdPageCode(page);
    await page.goto('./');
    const map = mapRegion(page);
    await expect(map).toBeVisible();
    // Every city: a marker in the first frame (in view, a button; out of view, hidden and
    // reached through its sign once the page has come).
    await expect(page.locator('.city-marker[data-city-id]')).toHaveCount(cityNames.length);
    await expect(cityButton(page, 'Kutaisi')).toBeVisible();
    // The rest of the page is still on its way.
    await expect(page.getByRole('status')).toContainText('Wczytywanie danych mapy');
    await expect(page.getByRole('combobox', { name: 'Szukaj' })).toHaveCount(0);
    release();
    await expect(page.getByRole('combobox', { name: 'Szukaj' })).toBeVisible();
  });

  test('the page takes over the same map and markers: nothing is drawn twice', async ({ page }) => {
    const release = await holdPageCode(page);
    await page.goto('./');
    await expect(page.locator('.city-marker[data-city-id]')).toHaveCount(cityNames.length);
    // The far cities' signs are drawn in the first frame too.
    const signs = mapRegion(page).getByRole('button', { name: /Poza widokiem/ });
    await expect(signs.first()).toBeVisible();
    // Tag the first frame's elements, then let the page come.
    await page.evaluate(() => {
      document.querySelector('.leaflet-container')!.setAttribute('data-first-frame', '');
      for (const element of document.querySelectorAll(
        '.city-marker[data-city-id], .offscreen-signs',
      )) {
        element.setAttribute('data-first-frame', '');
      }
    });
    release();
    await expect(page.getByRole('combobox', { name: 'Szukaj' })).toBeVisible();
    await expect(page.locator('.offscreen-signs')).toHaveCount(1);
    await expect(page.locator('.offscreen-signs[data-first-frame]')).toHaveCount(1);
    await expect(page.locator('.leaflet-container')).toHaveCount(1);
    await expect(page.locator('.leaflet-container[data-first-frame]')).toHaveCount(1);
    await expect(page.locator('.city-marker[data-city-id]')).toHaveCount(cityNames.length);
    await expect(page.locator('.city-marker[data-city-id][data-first-frame]')).toHaveCount(
      cityNames.length,
    );
    // The taken-over markers answer as before: Enter opens the city.
    await cityButton(page, 'Kutaisi').press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Kutaisi' })).toBeVisible();
  });

  test('a city clicked in the first frame opens once the page has come', async ({ page }) => {
    const release = await holdPageCode(page);
    await page.goto('./');
    await cityButton(page, 'Kutaisi').click();
    release();
    await expect(page.getByRole('heading', { level: 2, name: 'Kutaisi' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]city=kutaisi\b/);
  });

  test('a far city is reachable in the first frame: its sign opens it once the page has come', async ({
    page,
  }) => {
    const release = await holdPageCode(page);
    await page.goto('./');
    const map = mapRegion(page);
    // Many far cities fold behind one button; either way the sign is one or two clicks away.
    const fold = map.getByRole('button', { name: /^Poza widokiem:/ });
    if (await fold.isVisible()) await fold.click();
    await map.getByRole('button', { name: /Shenzhen.*Poza widokiem/ }).click();
    await expect(page.getByRole('combobox', { name: 'Szukaj' })).toHaveCount(0);
    release();
    await expect(page.getByRole('heading', { level: 2, name: 'Shenzhen' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]city=shenzhen\b/);
  });

  test('follows the address: the language, the filters and the open city', async ({ page }) => {
    const release = await holdPageCode(page);
    await page.goto('./?lang=en&relation=partner&city=kutaisi');
    await expect(mapRegion(page)).toHaveAccessibleName(/Map of Poznań/);
    const markers = page.locator('.city-marker[data-city-id]');
    await expect(markers.first()).toBeAttached();
    const kinds = await markers.evaluateAll((elements) =>
      elements.map((element) => element.classList.contains('city-marker--partner')),
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(Boolean), 'only partner cities with relation=partner').toBe(true);
    await expect(page.locator('.city-marker[aria-current="true"]')).toHaveAttribute(
      'data-city-id',
      'kutaisi',
    );
    release();
    await expect(page.getByRole('heading', { level: 2, name: 'Kutaisi' })).toBeVisible();
  });

  test('the page takes over the first frame’s requests: nothing is asked for twice', async ({
    page,
  }) => {
    const asked = countRequests(page);
    await page.goto('./');
    await expect(page.getByRole('combobox', { name: 'Szukaj' })).toBeVisible();
    await expect(cityButton(page, 'Kutaisi')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual({ data: 1, settings: 1 });
  });

  test('when the data file is slow the page draws the map itself, once', async ({ page }) => {
    const asked = countRequests(page);
    await page.route(/\/data\/cooperation\.json$/, async (route) => {
      // Longer than the first frame waits for it (3 s).
      await new Promise((resolve) => setTimeout(resolve, 3500));
      await route.fallback();
    });
    await page.goto('./');
    await expect(page.getByRole('combobox', { name: 'Szukaj' })).toBeVisible();
    await expect(cityButton(page, 'Kutaisi')).toBeVisible();
    await expect(page.locator('.leaflet-container')).toHaveCount(1);
    await expect(page.locator('.city-marker[data-city-id]')).toHaveCount(cityNames.length);
    // The page's code came first and took over the request on its way.
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual({ data: 1, settings: 1 });
  });

  for (const { name, width, height, query, phone } of [
    { name: 'a laptop', width: 1366, height: 768, query: '', phone: false },
    { name: 'a phone', width: 375, height: 667, query: '', phone: true },
    { name: 'an embedded frame', width: 760, height: 520, query: '?embed=1', phone: false },
    {
      name: 'an embedded frame on a phone',
      width: 375,
      height: 600,
      query: '?embed=1',
      phone: true,
    },
  ]) {
    test(`the map stays where the first frame drew it on ${name}: no layout shift`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width, height },
        ...(phone ? { isMobile: true, hasTouch: true } : {}),
      });
      const page = await context.newPage();
      await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
      const release = await holdPageCode(page);
      await page.goto(`./${query}`);
      const map = page.locator('.leaflet-container');
      await expect(page.locator('.city-marker[data-city-id]').first()).toBeAttached();
      const before = await map.boundingBox();
      release();
      await expect(page.locator('.city-marker[data-city-id]').first()).toBeAttached();
      await expect(page.locator('.leaflet-control-zoom')).toBeVisible();
      const after = await map.boundingBox();
      for (const side of ['x', 'y', 'width', 'height'] as const) {
        expect(Math.abs(after![side] - before![side]), side).toBeLessThanOrEqual(1);
      }
      await context.close();
    });
  }

  test.describe('when the page code cannot load', () => {
    test.use({
      allowedConsoleErrors: [/Failed to load resource|page’s code could not be loaded/],
    });

    test('the first frame says so, and a retry brings the page', async ({ page }) => {
      let fail = true;
      let firstFrameDrawn!: () => void;
      const drawn = new Promise<void>((resolve) => (firstFrameDrawn = resolve));
      // The page's code fails once the first frame has drawn the map.
      await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
        if (!fail) return route.continue();
        await drawn;
        return route.abort('connectionreset');
      });
      await page.goto('./');
      await expect(cityButton(page, 'Kutaisi')).toBeVisible();
      firstFrameDrawn();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Nie udało się wczytać strony');
      // The map drawn in the first frame stays meanwhile.
      await expect(cityButton(page, 'Kutaisi')).toBeVisible();
      fail = false;
      await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
      await expect(page.getByRole('combobox', { name: 'Szukaj' })).toBeVisible();
      await expect(page.locator('.leaflet-container')).toHaveCount(1);
    });
  });
});
