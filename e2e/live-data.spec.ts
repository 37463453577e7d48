import { readFileSync } from 'node:fs';
import { expect, openMap, test } from './support/fixtures';

interface LiveVisit {
  cityIds: string[];
  title: { pl: string };
}

const live = JSON.parse(
  readFileSync(new URL('../data/cooperation.json', import.meta.url), 'utf8'),
) as { cities: unknown[]; visits: LiveVisit[] };

/** The titles of the file's visits with a city, in Polish. */
function visitTitles(cityId: string): string[] {
  return live.visits
    .filter((visit) => visit.cityIds.includes(cityId))
    .map((visit) => visit.title.pl);
}

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

  for (const [cityId, name, count] of [
    ['brno', 'Brno', '4 wizyty'],
    ['hanover', 'Hanower', '2 wizyty'],
    ['kharkiv', 'Charków', '2 wizyty'],
    ['kutaisi', 'Kutaisi', '1 wizyta'],
  ] as const) {
    test(`the partner city ${name} shows its 2019 events`, async ({ page }) => {
      await openMap(page, `?city=${cityId}`);
      const panel = page.getByRole('region', { name });
      await expect(panel).toContainText(`Wizyty: ${count}`);
      for (const title of visitTitles(cityId)) {
        await expect(panel.getByRole('heading', { name: title })).toBeVisible();
      }
    });
  }

  test('the Tour Salon fair is one visit shared by Brno, Kharkiv and Kutaisi', async ({ page }) => {
    await openMap(page, '?city=kutaisi');
    const visit = page.getByRole('region', { name: 'Kutaisi' }).getByRole('article');
    await expect(visit.getByRole('heading', { name: /Tour Salon/ })).toBeVisible();
    await expect(visit).toContainText('Wizyta dotyczy także:');
    await expect(visit.getByRole('button', { name: 'Brno' })).toBeVisible();
    await expect(visit.getByRole('button', { name: 'Charków' })).toBeVisible();
    await expect(visit).toContainText('Data:');
    await expect(visit).toContainText('Czas trwania: 5 dni');
    await expect(visit).toContainText(/Źródło: .*Brno/);
  });
});
