import { expect, type Locator, type Page } from '@playwright/test';
import { cityButton } from './fixtures';

/**
 * The clerk's steps in the editor that more than one spec takes: a city (Wilno) and a visit
 * tied to it and to Berlin, added through the forms as a person would.
 */

/** A part of the file in the editor's navigation, in either language. */
export function section(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: /^(Części pliku|Parts of the file)$/ })
    .getByRole('button', { name });
}

/** "Dodaj miasto", with the name typed and the id proposed, not yet added. */
export async function nameNewCity(page: Page): Promise<void> {
  await section(page, 'Miasta').click();
  await page.getByRole('button', { name: 'Dodaj miasto' }).click();
  await page.getByLabel('Nazwa miasta po polsku').fill('Wilno');
  await expect(page.getByLabel('Identyfikator', { exact: true })).toHaveValue('wilno');
}

/** Adds the named city and fills its form: Vilnius, Lithuania, cooperation without an agreement. */
export async function fillNewCity(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();
  const form = page.getByRole('region', { name: 'Wilno' });
  await form.getByLabel('Nazwa po angielsku').fill('Vilnius');
  await form.getByLabel('Kraj', { exact: true }).selectOption('LT');
  await form.getByLabel('Szerokość geograficzna (lat)').fill('54.6872');
  await form.getByLabel('Długość geograficzna (lng)').fill('25.2797');
  await form.getByLabel('Rodzaj współpracy').selectOption('informal');
  return form;
}

export async function addCity(page: Page): Promise<Locator> {
  await nameNewCity(page);
  return fillNewCity(page);
}

/**
 * Adds a visit to Wilno and Berlin, complete but for its English title (an error the editor
 * shows): year, direction, summary, the theme "Kultura", the 2019 report as its source.
 */
export async function addVisit(page: Page): Promise<Locator> {
  await section(page, 'Wizyty').click();
  await page.getByRole('button', { name: 'Dodaj wizytę' }).click();
  await page.getByLabel('Tytuł wizyty po polsku').fill('Spotkanie w Wilnie i Berlinie');
  await page.getByRole('button', { name: 'Dodaj', exact: true }).click();

  const form = page.getByRole('region', { name: 'Spotkanie w Wilnie i Berlinie' });
  const search = form.getByLabel('Szukaj miasta do dodania');
  await search.fill('wil');
  await form.getByRole('button', { name: 'Dodaj Wilno (LT)' }).click();
  await search.fill('berl');
  await form.getByRole('button', { name: 'Dodaj Berlin (DE)' }).click();
  await search.fill('');
  await expect(form.getByRole('button', { name: /^Usuń .* z wizyty$/ })).toHaveCount(2);
  await form.getByLabel('Rok', { exact: true }).fill('2019');
  await form.getByLabel('Kierunek', { exact: true }).selectOption('outgoing');
  await form.getByLabel('Opis po polsku').fill('Rozmowy o kulturze.');
  await form.getByLabel('Opis po angielsku').fill('Talks about culture.');
  await form.getByRole('checkbox', { name: 'Kultura' }).check();
  await form.getByLabel('Źródło', { exact: true }).selectOption('report-2019');
  return form;
}

/**
 * Fixes the error addVisit leaves, as the clerk would: its entry in the list of problems
 * moves focus to the English title, typed there, the field is no longer invalid.
 */
export async function fixEnglishTitleFromProblems(page: Page): Promise<void> {
  const englishTitle = page.getByLabel('Tytuł po angielsku');
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /Spotkanie w Wilnie i Berlinie › title\.en/ })
    .click();
  await expect(englishTitle).toBeFocused();
  await page.keyboard.type('Meeting in Vilnius and Berlin');
  await expect(englishTitle).not.toHaveAttribute('aria-invalid', 'true');
}

/** Opens the preview and, in the real map, Wilno's panel with its new visit; returns the preview. */
export async function previewNewCity(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Podgląd na mapie' }).click();
  const preview = page.getByRole('dialog', {
    name: 'Podgląd kopii roboczej — nic nie zostało opublikowane',
  });
  await cityButton(page, 'Wilno').click();
  await expect(
    preview.getByRole('heading', { name: 'Spotkanie w Wilnie i Berlinie' }),
  ).toBeVisible();
  return preview;
}
