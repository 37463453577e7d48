import { expect, test } from './support/fixtures';
import {
  addVisit,
  fillNewCity,
  fixEnglishTitleFromProblems,
  nameNewCity,
  previewNewCity,
} from './support/editor-steps';

/**
 * The pictures of docs/data.pl.md's and docs/data.en.md's first part: the clerk's task in the
 * editor, on a laptop, in Polish. Written to screenshots/ (not committed);
 * scripts/docs/editor-pictures.sh runs this and compresses them into docs/pictures/. Each step
 * checks the state it photographs is really there.
 */
const DIR = 'screenshots';
const LAPTOP = { width: 1366, height: 768 };

test('pictures of the editor for the editors’ guide', async ({ page }) => {
  test.slow();
  await page.setViewportSize(LAPTOP);
  await page.goto('./editor.html');
  await expect(page.getByRole('heading', { name: 'Od czego zaczynasz?' })).toBeVisible();
  await page.screenshot({ path: `${DIR}/editor-start.png` });

  await page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }).click();
  await nameNewCity(page);
  await page.screenshot({ path: `${DIR}/editor-add-city.png` });
  const city = await fillNewCity(page);
  await city.getByLabel('Szerokość geograficzna (lat)').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${DIR}/editor-city.png` });

  const visit = await addVisit(page);
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

  await fixEnglishTitleFromProblems(page);

  const preview = await previewNewCity(page);
  await page.screenshot({ path: `${DIR}/editor-preview.png` });
  await preview.getByRole('button', { name: 'Wróć do edycji' }).click();

  await page.getByRole('button', { name: 'Pobierz cooperation.json' }).click();
  await expect(handover).toContainText('dodano 1 wizytę i 1 miasto');
  await expect(handover.getByRole('status')).toHaveText(
    'Pobrano cooperation.json. Przekaż go zespołowi WWW.',
  );
  await page.getByRole('banner').screenshot({ path: `${DIR}/editor-handover.png` });
});
