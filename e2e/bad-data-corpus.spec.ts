import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { badDataCases, type BadDataCase } from './fixtures/bad-data/cases';
import { generatedTenMegabytes } from './fixtures/bad-data/generated';
import { DATA_REQUEST, serveData } from './support/data';
import { expect, test } from './support/fixtures';

function bytesOf(entry: BadDataCase): Buffer {
  if (entry.file === 'generated:10mb') return Buffer.from(generatedTenMegabytes());
  return readFileSync(new URL(`./fixtures/bad-data/${entry.file}`, import.meta.url));
}

/** What the app must do with the file: show what is valid with a note, or say it cannot use it. */
async function expectHandled(page: Page, entry: BadDataCase): Promise<void> {
  await page.unroute(DATA_REQUEST);
  await serveData(page, bytesOf(entry));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const { app } = entry;
  if (app.outcome === 'error') {
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Nie udało się wczytać danych mapy.');
    await expect(alert).toContainText('Plik z danymi jest uszkodzony.');
    await expect(alert.getByRole('button', { name: 'Spróbuj ponownie' })).toBeEnabled();
    return;
  }
  // A 10 MB file takes a while to check on this 2-core machine (see npm run bench).
  const timeout = entry.file.startsWith('generated:') ? 90_000 : undefined;
  await expect(page.locator('.city-marker').first()).toBeVisible({ timeout });
  // Every kept city is shown: a marker each, or for thousands of cities (in clusters) as
  // many as the filters count.
  const cities = app.cities.toLocaleString('pl');
  await expect(page.getByRole('region', { name: 'Filtry' }).getByRole('status')).toHaveText(
    `${cities} z ${cities} miast`,
  );
  if (!entry.file.startsWith('generated:')) {
    await expect(page.locator('.city-marker:not(.city-marker--hub)')).toHaveCount(app.cities);
  }
  // Nothing lost without a word: skipped entries, or else every problem, show in the notice.
  const notice = page
    .getByRole('status')
    .filter({ has: page.getByRole('button', { name: 'Ukryj komunikat' }) });
  if (app.skipped > 0) {
    await expect(notice).toContainText(`Pominięto ${app.skipped} `);
  } else if (app.problems > 0) {
    await expect(notice).toContainText(
      new RegExp(`^${app.problems} problem(y|ów)? w pliku danych\\.`),
    );
  }
  if (app.wrongEncoding) {
    await expect(notice).toContainText('Plik danych nie jest zapisany w UTF-8');
  }
  if (app.problems === 0 && !app.wrongEncoding) await expect(notice).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/**
 * Files per test. Each file is a page load of its own; the files of one test share the page,
 * as a fresh browser context per file cost about as much again on a busy 2-core machine.
 */
const FILES_PER_TEST = 7;
/** A budget per file that holds on a busy machine (a load took up to 10 s there). */
const BUDGET_PER_FILE = 20_000;

/**
 * The files the real app loads: at least one for every way the page shows a file (refused;
 * clean; in another encoding; with problems but nothing skipped; with entries skipped), and
 * among them every file that tries the page itself (HTML and prototype keys in the data, a byte
 * order mark, a 10 MB file). What all 67 files give is checked on the same reader the page uses
 * (readCooperation, in scripts/validate-data/corpus.test.ts): a page load per file cost three
 * minutes of the suite for no path of the page that these do not take.
 */
const IN_THE_BROWSER = new Set([
  // refused, each for another reason
  '01-missing-comma.json',
  '07-empty.json',
  '09-html-page.json',
  '12-double-bom.json',
  '18-array-at-top.json',
  '22-broken-hub.json',
  // clean
  '14-valid-with-bom.json',
  '54-html-in-text.json',
  // another encoding
  '15-windows-1250.json',
  '16-utf16le-with-bom.json',
  // problems, nothing skipped
  '36-duplicate-key.json',
  '46-year-in-future.json',
  '58-proto-key-at-top.json',
  // entries skipped
  '30-latitude-out-of-range.json',
  '34-duplicate-city-id.json',
  '37-unknown-city.json',
  '57-proto-key-in-city.json',
  '59-constructor-key.json',
  '63-partnership-informal-city.json',
  'generated:10mb',
]);

/**
 * Broken files served to the real app in place of the data file: the map either shows what is
 * valid with a note, or says clearly that the file cannot be used.
 */
test.describe('the corpus of broken data files', () => {
  const chosen = badDataCases.filter((entry) => IN_THE_BROWSER.has(entry.file));
  test('names only files of the corpus', () => {
    expect(chosen.map((entry) => entry.file).sort()).toEqual([...IN_THE_BROWSER].sort());
  });

  const small = chosen.filter((entry) => !entry.file.startsWith('generated:'));
  for (let at = 0; at < small.length; at += FILES_PER_TEST) {
    const files = small.slice(at, at + FILES_PER_TEST);
    test(`${files[0]!.file} to ${files.at(-1)!.file}`, async ({ page }) => {
      test.setTimeout(files.length * BUDGET_PER_FILE);
      for (const entry of files) {
        await test.step(`${entry.file}: ${entry.what}`, () => expectHandled(page, entry));
      }
    });
  }

  for (const entry of chosen.filter((entry) => entry.file.startsWith('generated:'))) {
    test(`${entry.file}: ${entry.what}`, async ({ page }) => {
      test.setTimeout(180_000);
      await expectHandled(page, entry);
    });
  }
});
