import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateCooperation, toJsonText } from '../scripts/generate-data/generate';
import { createCountryCheck } from '../scripts/validate-data/country-check';
import { validateFile } from '../scripts/validate-data/validate-file';
import { cooperationSchema } from '../src/data/schema';
import { CSV_COLUMNS } from '../src/features/export/to-csv';
import { pl } from '../src/i18n/pl';
import { DATA_REQUEST, serveData, testData, type RawData } from './support/data';
import { cityButton, expect, test } from './support/fixtures';
import {
  addCity,
  addVisit,
  fixEnglishTitleFromProblems,
  previewNewCity,
  section,
} from './support/editor-steps';
import { expectNoViolations } from './support/axe';

/**
 * The clerk's whole task: start from the deployed file, add a city and a visit tied to it and
 * to a city already there, fix what the editor points out, download; then the file passes the
 * validator, adds exactly that, and the public map shows it.
 */
test.use({ liveData: true });

const NEW_CITY = {
  id: 'wilno',
  name: { pl: 'Wilno', en: 'Vilnius' },
  country: 'LT',
  lat: 54.6872,
  lng: 25.2797,
  relation: 'informal',
};

const NEW_VISIT = {
  id: 'spotkanie-w-wilnie-i-berlinie',
  cityIds: ['wilno', 'berlin'],
  year: 2019,
  direction: 'outgoing',
  title: { pl: 'Spotkanie w Wilnie i Berlinie', en: 'Meeting in Vilnius and Berlin' },
  summary: { pl: 'Rozmowy o kulturze.', en: 'Talks about culture.' },
  participants: [],
  themes: ['culture'],
  sourceId: 'report-2019',
};

async function startFromTheDeployedFile(page: Page): Promise<string> {
  await page.goto('./editor.html');
  const [response] = await Promise.all([
    page.waitForResponse(DATA_REQUEST),
    page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }).click(),
  ]);
  const original = await response.text();
  await expect(page.getByRole('navigation', { name: 'Części pliku' })).toBeVisible();
  return original;
}

/**
 * Walks the original's lines through the new text: each must come back in order, as it was or
 * with a comma added; returns the lines that came back changed and whether all came back.
 */
function linesChanged(original: string, changed: string): { changed: string[]; kept: boolean } {
  const before = original.split('\n');
  let next = 0;
  const altered: string[] = [];
  for (const line of changed.split('\n')) {
    if (line === before[next]) next += 1;
    else if (line === `${before[next]},`) {
      altered.push(line);
      next += 1;
    }
  }
  return { changed: altered, kept: next === before.length };
}

async function download(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Pobierz cooperation.json' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('cooperation.json');
  return readFileSync(await file.path(), 'utf8');
}

test('a clerk adds a city and its visit, fixes what the editor shows, and hands the file over', async ({
  page,
}) => {
  test.slow();
  const original = await startFromTheDeployedFile(page);
  await addCity(page);
  await addVisit(page);

  // The English title is still missing: the field says so, and the download is refused.
  const englishTitle = page.getByLabel('Tytuł po angielsku');
  await expect(englishTitle).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await englishTitle.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy?.split(' ').at(-1)}"]`)).toContainText('Błąd');
  await page.getByRole('button', { name: 'Pobierz cooperation.json' }).click();
  const handover = page.getByRole('region', { name: 'Przekazanie pliku' });
  await expect(handover.getByRole('status')).toHaveText(/^Plik ma 1 błąd: popraw/);
  await expectNoViolations(page);

  // The problem list takes the clerk to the field; typing there fixes it.
  await section(page, 'Miasta').click();
  await fixEnglishTitleFromProblems(page);
  await expect(handover).toContainText('dodano 1 wizytę i 1 miasto');
  // Fixed, the refusal is gone with the last error.
  await expect(handover.getByRole('status')).toHaveText('');

  // Seen in the real map before it is handed over: the new city, its visit in its panel.
  const preview = await previewNewCity(page);
  await preview.getByRole('button', { name: 'Wróć do edycji' }).click();
  await expect(preview).toBeHidden();

  const downloaded = await download(page);
  await expect(handover.getByRole('status')).toHaveText(/^Pobrano cooperation.json/);

  // The same text goes to the clipboard.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await handover.getByRole('button', { name: 'Kopiuj do schowka' }).click();
  await expect(handover.getByRole('status')).toHaveText(/^Skopiowano/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(downloaded);

  // The validator accepts it, as `npm run validate-data` would.
  const report = validateFile(new TextEncoder().encode(downloaded), 'cooperation.json', {
    checkPlace: createCountryCheck(),
  });
  expect(report.lines).toEqual([]);
  expect(report.errors).toBe(0);

  // Only the additions differ.
  const before = JSON.parse(original) as RawData;
  const after = JSON.parse(downloaded) as RawData;
  expect(after).toEqual({
    ...before,
    cities: [...before.cities, NEW_CITY],
    visits: [...before.visits, NEW_VISIT],
  });
  // …and in the text too: the web team's diff shows added lines, and a comma after the
  // entry each addition follows.
  expect(linesChanged(original, downloaded)).toEqual({ changed: ['    },', '    },'], kept: true });

  // The public map, given the downloaded file, shows the new city with its visit.
  await page.route(DATA_REQUEST, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: downloaded }),
  );
  await page.goto('./');
  await cityButton(page, 'Wilno').click();
  await expect(page.getByRole('heading', { name: 'Spotkanie w Wilnie i Berlinie' })).toBeVisible();
});

test.describe('the forms in every state', () => {
  for (const width of [1366, 320]) {
    test(`are accessible and reflow at ${width} px`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: 800 });
      await startFromTheDeployedFile(page);
      const fits = () => page.evaluate(() => document.documentElement.scrollWidth);
      const check = async () => {
        await expectNoViolations(page);
        expect(await fits()).toBeLessThanOrEqual(width);
      };

      await page.getByRole('button', { name: /^Okrągły Stół Poznań-Berlin/ }).click();
      await expect(page.getByRole('region', { name: 'Okrągły Stół Poznań-Berlin' })).toBeVisible();
      await check();

      await page.getByRole('button', { name: 'Dodaj wizytę' }).click();
      const adding = page.getByRole('form', { name: 'Nowa wizyta' });
      await adding.getByLabel('Identyfikator').fill('berlin-round-table-2019');
      await adding.getByRole('button', { name: 'Dodaj', exact: true }).click();
      await expect(
        page.getByText('Identyfikator „berlin-round-table-2019” jest już zajęty.'),
      ).toBeVisible();
      await check();
      await page.getByRole('button', { name: 'Anuluj' }).click();

      await section(page, 'Miasta').click();
      await page.getByRole('button', { name: 'Usuń: Bolonia' }).click();
      await expect(page.getByRole('heading', { name: 'Usunąć „Bolonia”?' })).toBeFocused();
      await check();
      await page.getByRole('button', { name: 'Anuluj' }).click();

      await page.getByRole('button', { name: 'English' }).click();
      await section(page, 'Cities').click();
      await page.getByRole('button', { name: /^Bologna/ }).click();
      await expect(page.getByRole('group', { name: 'Partnership agreement' })).toBeVisible();
      await check();
    });
  }
});

test('deleting a city the visits name lists them first, then removes the references too', async ({
  page,
}) => {
  await startFromTheDeployedFile(page);
  await section(page, 'Miasta').click();
  await page.getByRole('button', { name: 'Usuń: Berlin' }).click();
  const question = page.getByRole('region', { name: 'Usunąć „Berlin”?' });
  await expect(question).toContainText('odwołuje się do niego 1 wizyta');
  await expect(question.getByRole('listitem').first()).toHaveText(
    'Okrągły Stół Poznań-Berlin (berlin-round-table-2019)',
  );
  await question.getByRole('button', { name: 'Usuń razem z odwołaniami' }).click();

  await expect(page.getByRole('button', { name: /^Berlin/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Przekazanie pliku' })).toContainText(
    'usunięto 1 miasto',
  );
  // The visit left with no city is not dropped behind the clerk's back: it is an error to fix.
  await expect(
    page
      .getByRole('complementary')
      .getByRole('button', { name: /Okrągły Stół Poznań-Berlin › cityIds/ }),
  ).toBeVisible();
});

test('a city placed in another country is an error, as on the command line', async ({ page }) => {
  await startFromTheDeployedFile(page);
  await section(page, 'Miasta').click();
  await page.getByRole('button', { name: /^Berlin/ }).click();
  const berlin = page.getByRole('region', { name: 'Berlin' });
  // Prague: inside the box around Germany, outside its outline (the browser's boxes alone
  // would let it pass; the command line's outlines do not).
  await berlin.getByLabel('Szerokość geograficzna (lat)').fill('50.0755');
  await berlin.getByLabel('Długość geograficzna (lng)').fill('14.4378');
  const problem = page
    .getByRole('complementary')
    .getByRole('button', { name: /leży w kraju "CZ", a nie "DE"/ });
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('Błąd');
});

test('a visit’s participants and places are rows added and removed', async ({ page }) => {
  await startFromTheDeployedFile(page);
  await section(page, 'Wizyty').click();
  await page
    .getByRole('button', { name: /^Okrągły Stół Poznań-Berlin/ })
    .first()
    .click();
  // A row added, then removed. Places may be left out: a last one removed takes the list with
  // it, so the file is as it was.
  for (const [legend, add, remove] of [
    ['Uczestnicy', 'Dodaj uczestnika', 'Usuń uczestnika'],
    ['Miejsca', 'Dodaj miejsce', 'Usuń miejsce'],
  ] as const) {
    const rows = page.getByRole('group', { name: legend });
    const removeButtons = rows.getByRole('button', { name: new RegExp(`^${remove}`) });
    const before = await removeButtons.count();
    await rows.getByRole('button', { name: add }).click();
    const added = rows.getByRole('button', { name: `${remove} ${before + 1}` });
    await expect(added).toBeVisible();
    await added.click();
    await expect(removeButtons).toHaveCount(before);
  }
  await expect(page.getByRole('region', { name: 'Przekazanie pliku' })).toContainText('bez zmian');
});

test('a city whose id changes keeps its visits', async ({ page }) => {
  await startFromTheDeployedFile(page);
  await section(page, 'Miasta').click();
  await page.getByRole('button', { name: /^Berlin/ }).click();
  const id = page.getByRole('region', { name: 'Berlin' }).getByLabel('Identyfikator');
  await id.fill('berlin-de');
  await id.press('Tab');
  await expect(page.getByRole('region', { name: 'Przekazanie pliku' })).toContainText(
    'dodano 1 miasto, zmieniono 1 wizytę, usunięto 1 miasto',
  );
  await expect(page.getByRole('complementary')).toContainText('Brak problemów');
  await section(page, 'Wizyty').click();
  await page.getByRole('button', { name: /^Okrągły Stół Poznań-Berlin/ }).click();
  await expect(page.getByRole('button', { name: 'Usuń Berlin z wizyty' })).toBeVisible();
});

test('visits come in from a spreadsheet, with what could not be read said by row and column', async ({
  page,
}) => {
  await startFromTheDeployedFile(page);
  const row: Record<(typeof CSV_COLUMNS)[number], string> = {
    visitId: 'warsztaty-2019',
    year: '2019',
    date: '',
    direction: 'Wizyta przedstawicieli Poznania',
    cityId: 'berlin',
    cityName: 'Berlin',
    country: 'DE',
    relation: 'Współpraca bez umowy',
    title: 'Warsztaty w Berlinie',
    themes: 'Kultura; Kosmos',
    participants: '',
    summary: 'Warsztaty o kulturze.',
    source: 'report-2019',
  };
  const line = (cells: string[]) => cells.map((cell) => `"${cell}"`).join(';');
  const csv = [
    line(CSV_COLUMNS.map((column) => pl.export.columns[column])),
    line(CSV_COLUMNS.map((column) => row[column])),
  ].join('\r\n');

  await page.getByText('Import wizyt z arkusza (CSV)').click();
  await page.getByLabel('Wybierz plik CSV z wizytami').setInputFiles({
    name: 'wizyty.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${csv}\r\n`),
  });
  await expect(page.getByText('Zaimportowano 1 wizytę.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Wiersz 2, kolumna 10' })).toHaveText(
    'Wiersz 2, kolumna 10: Nie ma tematu „Kosmos”; pominięto go.',
  );
  await expect(page.getByText('Pokazano 15 z 15')).toBeVisible();
  // The English texts are for the clerk to add: the editor asks for them.
  await expect(
    page.getByRole('complementary').getByRole('button', { name: /Warsztaty w Berlinie › title/ }),
  ).toBeVisible();
  await expectNoViolations(page);
});

test('a list of 300 visits filters, duplicates and edits at typing speed', async ({ page }) => {
  test.slow();
  const base = cooperationSchema.parse(testData());
  const data = generateCooperation({ base, cities: 100, visitsPerCity: 3, years: 3, seed: 5 });
  await serveData(page, toJsonText(data));
  await startFromTheDeployedFile(page);
  await expect(page.getByText('Pokazano 300 z 300')).toBeVisible();

  const visit = data.visits[150]!;
  await page.getByLabel('Szukaj: Wizyty').fill(visit.id);
  await expect(page.getByText('Pokazano 1 z 300')).toBeVisible();
  await page.getByRole('button', { name: `Powiel: ${visit.title.pl}` }).click();
  await expect(page.getByText('Pokazano 2 z 301')).toBeVisible();

  const title = page.getByLabel('Tytuł po polsku');
  await expect(title).toHaveValue(visit.title.pl);
  const started = Date.now();
  await title.fill('');
  await title.pressSequentially('Kopia wizyty do poprawienia');
  await expect(page.getByRole('region', { name: 'Kopia wizyty do poprawienia' })).toBeVisible();
  // Generous for a busy 2-core machine; a list redrawn on every key would take far longer.
  expect(Date.now() - started).toBeLessThan(8_000);
});
