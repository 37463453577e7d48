import { test as base, expect, type Locator, type Page } from '@playwright/test';

const TILE_HOST = /^https:\/\/([a-z]\.)?tile\.openstreetmap\.org\//;

/**
 * Every test starts with no tile server (as on this machine and behind some firewalls) and
 * fails on any uncaught exception or console error that the test did not expect.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
    await page.route(TILE_HOST, (route) => route.abort('internetdisconnected'));
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
}

/** The map's region, to find markers in. */
export function mapRegion(page: Page): Locator {
  return page.getByRole('region', { name: /Mapa współpracy|Map of Poznań/ });
}

/** A city, by the start of its accessible name: a marker when in view, else its sign at the map's edge. */
export function cityButton(page: Page, name: string): Locator {
  return mapRegion(page).getByRole('button', { name: new RegExp(`^${name},`) });
}
