import type { Locator, Page } from '@playwright/test';
import { cityButton, expect, test } from './support/fixtures';

/**
 * The pictures of docs/data.pl.md's and docs/data.en.md's first part: the clerk's task in the
 * editor, on a laptop, in Polish. Written to screenshots/ (not committed);
 * scripts/docs/editor-pictures.sh runs this and compresses them into docs/pictures/. Each step
 * checks the state it photographs is really there.
 */
const DIR = 'screenshots';
const LAPTOP = { width: 1366, height: 768 };

function section(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Części pliku' }).getByRole('button', { name });
}

test('pictures of the editor for the editors’ guide', async ({ page }) => {
  test.slow();
  await page.setViewportSize(LAPTOP);
  await page.goto('./editor.html');
  await expect(page.getByRole('heading', { name: 'Od czego zaczynasz?' })).toBeVisible();
  await page.screenshot({ path: `${DIR}/editor-start.png` });

  await page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }).click();
  await section(page, 'Miasta').click();
  await page.getByRole('button', { name: 'Dodaj miasto' }).click();
  await page.getByLabel('Nazwa miasta po polsku').fill('Wilno');
  await expect(page.getByLabel('Identyfikator', { exact: true })).toHaveValue('wilno');
  await page.screenshot({ path: `${DIR}/editor-add-city.png` });
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();

  const city = page.getByRole('region', { name: 'Wilno' });
  await city.getByLabel('Nazwa po angielsku').fill('Vilnius');
  await city.getByLabel('Kraj', { exact: true }).selectOption('LT');
  await city.getByLabel('Szerokość geograficzna (lat)').fill('54.6872');
  await city.getByLabel('Długość geograficzna (lng)').fill('25.2797');
  await city.getByLabel('Rodzaj współpracy').selectOption('informal');
  await city.getByLabel('Szerokość geograficzna (lat)').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${DIR}/editor-city.png` });

  await section(page, 'Wizyty').click();
  await page.getByRole('button', { name: 'Dodaj wizytę' }).click();
  await page.getByLabel('Tytuł wizyty po polsku').fill('Spotkanie w Wilnie i Berlinie');
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
  const visit = page.getByRole('region', { name: 'Spotkanie w Wilnie i Berlinie' });
  const search = visit.getByLabel('Szukaj miasta do dodania');
  await search.fill('wil');
  await visit.getByRole('button', { name: 'Dodaj Wilno (LT)' }).click();
  await search.fill('berl');
  await visit.getByRole('button', { name: 'Dodaj Berlin (DE)' }).click();
  await search.fill('');
  await visit.getByLabel('Rok', { exact: true }).fill('2019');
  await visit.getByLabel('Kierunek', { exact: true }).selectOption('outgoing');
  await visit.getByLabel('Opis po polsku').fill('Rozmowy o kulturze.');
  await visit.getByLabel('Opis po angielsku').fill('Talks about culture.');
  await visit.getByRole('checkbox', { name: 'Kultura' }).check();
  await visit.getByLabel('Źródło', { exact: true }).selectOption('report-2019');
  await visit
    .getByRole('heading', { name: 'Spotkanie w Wilnie i Berlinie' })
    .scrollIntoViewIfNeeded();
  const problems = page.getByRole('complementary', { name: 'Problemy' });
  await expect(problems.getByRole('status')).toHaveText('1 błąd, 0 ostrzeżeń');
  await page.screenshot({ path: `${DIR}/editor-visit.png` });

  // The English title is missing: the field and the list of problems say so.
  const englishTitle = page.getByLabel('Tytuł po angielsku');
  await expect(englishTitle).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Pobierz cooperation.json' }).click();
  const handover = page.getByRole('region', { name: 'Przekazanie pliku' });
  await expect(handover.getByRole('status')).toHaveText(/^Plik ma 1 błąd/);
  await englishTitle.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${DIR}/editor-problems.png` });

  await page
    .getByRole('complementary')
    .getByRole('button', { name: /Spotkanie w Wilnie i Berlinie › title\.en/ })
    .click();
  await expect(englishTitle).toBeFocused();
  await page.keyboard.type('Meeting in Vilnius and Berlin');
  await expect(englishTitle).not.toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Podgląd na mapie' }).click();
  const preview = page.getByRole('dialog', {
    name: 'Podgląd kopii roboczej — nic nie zostało opublikowane',
  });
  await cityButton(page, 'Wilno').click();
  await expect(
    preview.getByRole('heading', { name: 'Spotkanie w Wilnie i Berlinie' }),
  ).toBeVisible();
  await page.screenshot({ path: `${DIR}/editor-preview.png` });
  await preview.getByRole('button', { name: 'Wróć do edycji' }).click();

  await page.getByRole('button', { name: 'Pobierz cooperation.json' }).click();
  await expect(handover).toContainText('dodano 1 wizytę i 1 miasto');
  await expect(handover.getByRole('status')).toHaveText(
    'Pobrano cooperation.json. Przekaż go zespołowi WWW.',
  );
  await page.getByRole('banner').screenshot({ path: `${DIR}/editor-handover.png` });
});
