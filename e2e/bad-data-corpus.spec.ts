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
const FILES_PER_TEST = 10;
/** A budget per file that holds on a busy machine (a load took up to 10 s there). */
const BUDGET_PER_FILE = 20_000;

/**
 * Every broken file of the corpus, served to the real app in place of the data file: the map
 * either shows what is valid with a note, or says clearly that the file cannot be used.
 * (The same files are run through the command-line validator in a unit test.)
 */
test.describe('the corpus of broken data files', () => {
  const small = badDataCases.filter((entry) => !entry.file.startsWith('generated:'));
  for (let at = 0; at < small.length; at += FILES_PER_TEST) {
    const files = small.slice(at, at + FILES_PER_TEST);
    test(`${files[0]!.file} to ${files.at(-1)!.file}`, async ({ page }) => {
      test.setTimeout(files.length * BUDGET_PER_FILE);
      for (const entry of files) {
        await test.step(`${entry.file}: ${entry.what}`, () => expectHandled(page, entry));
      }
    });
  }

  for (const entry of badDataCases.filter((entry) => entry.file.startsWith('generated:'))) {
    test(`${entry.file}: ${entry.what}`, async ({ page }) => {
      test.setTimeout(180_000);
      await expectHandled(page, entry);
    });
  }
});
