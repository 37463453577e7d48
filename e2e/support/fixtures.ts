import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { DATA_REQUEST, FIXTURE_FILE } from './data';

const TILE_HOST = /^https:\/\/([a-z]\.)?tile\.openstreetmap\.org\//;

/**
 * Every test starts with no tile server (as on this machine and behind some firewalls) and
 * fails on any uncaught exception or console error that the test did not expect. The app gets
 * the frozen 2019 test data unless a test asks for the live data file (`liveData`) or serves
 * its own (`serveData`).
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; liveData: boolean }>({
  allowedConsoleErrors: [[], { option: true }],
  liveData: [false, { option: true }],
  page: async ({ page, allowedConsoleErrors, liveData }, use) => {
    await page.route(TILE_HOST, (route) => route.abort('internetdisconnected'));
    // The server sends the production Content-Security-Policy: any breach fails the test.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    if (!liveData) {
      const path = fileURLToPath(FIXTURE_FILE);
      await page.route(DATA_REQUEST, (route) =>
        route.fulfill({ path, contentType: 'application/json; charset=utf-8' }),
      );
    }
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (TILE_HOST.test(message.location().url)) return;
      const text = message.text();
      if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
      errors.push(`console.error: ${text}`);
    });
    await use(page);
    expect(errors, 'no uncaught errors or console errors').toEqual([]);
  },
});

export { expect };

/** Opens the app and waits until the map shows its markers. */
export async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('region', { name: /Mapa współpracy|Map of Poznań/ })).toBeVisible();
  await expect(page.locator('.city-marker').first()).toBeVisible();
  // The markers come with the static first frame; the page (search, list, the skip link)
  // comes after it and replaces the frame's texts: tests that press keys need the page.
  await expect(page.locator('.shell-pl')).toHaveCount(0);
}

/**
 * Waits for the country outlines under the map: the world image, loaded (world-image.ts), or
 * from zoom 5 (a city's view) the finer outlines that take its place.
 */
export async function expectCountriesDrawn(page: Page): Promise<void> {
  const image = page.locator('.basemap-pane img.leaflet-image-layer');
  const finer = page.locator('.basemap-pane svg path');
  await expect(image.or(finer).first()).toBeVisible();
  if (!(await image.isVisible())) return;
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
}

/** The map's region, to find markers in. */
export function mapRegion(page: Page): Locator {
  return page.getByRole('region', { name: /Mapa współpracy|Map of Poznań/ });
}

/** A city, by the start of its accessible name: a marker when in view, else its sign at the map's edge. */
export function cityButton(page: Page, name: string): Locator {
  return mapRegion(page).getByRole('button', { name: new RegExp(`^${name},`) });
}
