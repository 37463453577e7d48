import type { Page } from '@playwright/test';
import {
  cityButton,
  expect,
  expectCountriesDrawn,
  mapRegion,
  openMap,
  test,
} from './support/fixtures';

const SETTINGS = /\/data\/map-settings\.json$/;

/** Serves these map settings in place of data/map-settings.json. */
async function serveSettings(page: Page, settings: unknown): Promise<void> {
  await page.route(SETTINGS, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(settings) }),
  );
}

test.describe('the detailed map is a setting (data/map-settings.json)', () => {
  test('by default OpenStreetMap; when it cannot be reached, the outlines stay with a quiet note', async ({
    page,
  }) => {
    const tiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith('https://tile.openstreetmap.org/')) tiles.push(request.url());
    });
    await openMap(page);
    await expectCountriesDrawn(page);
    await expect(page.getByRole('status').filter({ hasText: 'Mapa szczegółowa' })).toHaveText(
      'Mapa szczegółowa niedostępna',
    );
    expect(tiles.length).toBeGreaterThan(0);
    await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
  });

  test('"tiles": "none" draws the outlines alone and asks no other origin for anything', async ({
    page,
  }) => {
    await page.route(SETTINGS, (route) =>
      route.fulfill({ contentType: 'application/json', body: '{ "tiles": "none" }' }),
    );
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openMap(page, '?city=minsk');
    await expectCountriesDrawn(page);
    await page.getByRole('button', { name: 'Przybliż' }).click();
    await page.waitForLoadState('networkidle');
    const origin = new URL(page.url()).origin;
    const foreign = requests.filter(
      (url) => !url.startsWith('data:') && new URL(url).origin !== origin,
    );
    expect(foreign).toEqual([]);
    await expect(mapRegion(page).locator('.leaflet-tile')).toHaveCount(0);
    await expect(page.locator('.tiles-note')).toHaveCount(0);
    await expect(page.locator('.leaflet-control-attribution')).not.toContainText('OpenStreetMap');
  });

  test.describe(() => {
    // The made-up tile server is unreachable; the browser logs each tile it could not load.
    // The production CSP allows only OpenStreetMap's tiles: another server must be added to
    // img-src (docs/embedding.en.md), so here the browser refuses them and says so.
    // (One pattern: Playwright reads a longer array in test.use as a fixture definition.)
    test.use({
      allowedConsoleErrors: [
        /Failed to load resource|(CSP violation: img-src blocked |(Refused to load|Loading) the image ')https:\/\/tiles\.example\.org\//,
      ],
    });
    test('another tile server, its credit shown as text, never as HTML', async ({ page }) => {
      const settings = {
        tiles: {
          url: 'https://tiles.example.org/{z}/{x}/{y}.png',
          attribution: { text: '<b>Przykładowe kafelki</b>', url: 'https://tiles.example.org/' },
          maxZoom: 17,
        },
      };
      await serveSettings(page, settings);
      const asked: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('https://tiles.example.org/')) asked.push(message.text());
      });
      await page.route('https://tiles.example.org/**', (route) => {
        asked.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      await openMap(page);
      // The map asks the configured server for tiles (refused here by the production CSP).
      await expect.poll(() => asked.length).toBeGreaterThan(0);
      const credit = page.locator(
        '.leaflet-control-attribution a[href="https://tiles.example.org/"]',
      );
      await expect(credit).toHaveText('<b>Przykładowe kafelki</b>');
      // Every credit opens in a new tab (never inside the portal's frame) that gets no hold
      // on the map and no address of it.
      const links = page.locator('.leaflet-control-attribution a');
      await expect(links).toHaveCount(2);
      for (const link of await links.all()) {
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
    });
  });

  test('a broken settings file leaves the outlines alone, asks no third party, says why in the console', async ({
    page,
  }) => {
    await page.route(SETTINGS, (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: '{ "tiles": { "url": "http://x" } }',
      }),
    );
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openMap(page);
    await expectCountriesDrawn(page);
    await expect(page.locator('.leaflet-control-attribution')).not.toContainText('OpenStreetMap');
    expect(requests.filter((url) => url.includes('tile.openstreetmap.org'))).toEqual([]);
    expect(warnings.join('\n')).toContain(
      'data/map-settings.json: ignored, showing the country outlines only.',
    );
    await expect(page.getByRole('status').filter({ hasText: 'Mapa szczegółowa' })).toHaveText(
      'Mapa szczegółowa niedostępna',
    );
  });

  test('a placeholder Leaflet cannot fill ({apikey}) never reaches the map: outlines, cities and a quiet note', async ({
    page,
  }) => {
    const settings = {
      tiles: {
        url: 'https://tiles.example.com/{z}/{x}/{y}.png?apikey={apikey}',
        attribution: { text: 'Przykładowe kafelki', url: 'https://tiles.example.com/' },
        maxZoom: 19,
      },
    };
    await serveSettings(page, settings);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await openMap(page);
    await expect(cityButton(page, 'Berlin')).toBeVisible();
    await expectCountriesDrawn(page);
    await expect(page.getByRole('status').filter({ hasText: 'Mapa szczegółowa' })).toHaveText(
      'Mapa szczegółowa niedostępna',
    );
    await expect(mapRegion(page).locator('.leaflet-tile')).toHaveCount(0);
    await expect(page.locator('.leaflet-control-attribution')).not.toContainText('Przykładowe');
    expect(requests.filter((url) => url.includes('tiles.example.com'))).toEqual([]);
    expect(warnings.join('\n')).toContain('tiles.url: only the placeholders {z} {x} {y}');
    // Still a working map: a city opens its panel.
    await cityButton(page, 'Berlin').click();
    await expect(page.getByRole('heading', { name: 'Berlin', level: 2 })).toBeVisible();
  });
});
