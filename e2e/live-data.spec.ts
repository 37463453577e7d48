import { readFileSync } from 'node:fs';
import { expect, openMap, test } from './support/fixtures';

const live = JSON.parse(
  readFileSync(new URL('../data/cooperation.json', import.meta.url), 'utf8'),
) as { cities: unknown[] };

/** The other specs use a frozen copy of the data; this one serves the real file. */
test.describe('the data file as published', () => {
  test.use({ liveData: true });

  test('loads whole: every city on the map, nothing skipped', async ({ page }) => {
    await openMap(page);
    await expect(page.locator('.city-marker:not(.city-marker--hub)')).toHaveCount(
      live.cities.length,
    );
    await expect(page.locator('.data-notice')).toHaveCount(0);
  });
});
