import type { Page } from '@playwright/test';
import { testData } from './support/data';
import { expect, mapRegion, openMap, test } from './support/fixtures';

const list = (page: Page) => page.getByRole('region', { name: 'Lista miast' });

async function listedIds(page: Page): Promise<string[]> {
  return (
    await list(page)
      .locator('[data-city-id]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-city-id') ?? ''))
  ).sort();
}

async function markerIds(page: Page): Promise<string[]> {
  return (
    await mapRegion(page)
      .locator('.city-marker[data-city-id]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-city-id') ?? ''))
  ).sort();
}

test.describe('the list of cities beside the map', () => {
  test('lists every city by country, in Polish order, with the same names as the markers', async ({
    page,
  }) => {
    await openMap(page);
    await expect(list(page)).toBeVisible();
    await expect(mapRegion(page)).toBeVisible();
    const groups = list(page).getByRole('heading', { level: 3 });
    await expect(groups.first()).toBeVisible();
    const labels = await groups.allTextContents();
    expect(labels).toEqual([...labels].sort(new Intl.Collator('pl').compare));
    await expect(
      list(page).getByRole('button', { name: 'Takasaki, Japonia: 2 wizyty' }),
    ).toBeVisible();
    await expect(
      list(page).getByRole('button', { name: 'Kijów, Ukraina: 1 wizyta' }),
    ).toBeVisible();
  });

  test('groups by kind of cooperation, partners first', async ({ page }) => {
    await openMap(page);
    await list(page).getByRole('button', { name: 'Według rodzaju współpracy' }).click();
    await expect(list(page).getByRole('heading', { level: 3 })).toHaveText([
      'Miasta partnerskie',
      'Współpraca bez umowy',
    ]);
    const partners = list(page)
      .getByRole('region', { name: 'Miasta partnerskie' })
      .locator('.city-list__name');
    const names = await partners.allTextContents();
    expect(names).toEqual([...names].sort(new Intl.Collator('pl').compare));
    expect(names).toHaveLength(15);
  });

  test('a city in the list opens the same panel, and closing it returns to the list', async ({
    page,
  }) => {
    await openMap(page);
    const kyiv = list(page).getByRole('button', { name: /^Kijów,/ });
    await kyiv.click();
    const panel = page.getByRole('region', { name: 'Kijów' });
    await expect(panel.getByRole('heading', { level: 2, name: 'Kijów' })).toBeFocused();
    await expect(page).toHaveURL(/city=kyiv/);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(list(page).getByRole('button', { name: /^Kijów,/ })).toBeFocused();
  });

  // One test per theme, not one test of thirteen page loads: that outgrew its 30 s under load.
  // The expected cities come from the file, not from the map: the list is drawn in a deferred
  // render after the markers, so reading both at once could catch it half-way.
  const data = testData();
  const themes = (data.themes as { id: string }[]).map((theme) => theme.id);
  const allCities = (data.cities as { id: string }[]).map((city) => city.id).sort();
  const citiesWith = (theme: string) =>
    [
      ...new Set(
        (data.visits as { cityIds: string[]; themes: string[] }[])
          .filter((visit) => visit.themes.includes(theme))
          .flatMap((visit) => visit.cityIds),
      ),
    ].sort();
  for (const theme of ['', ...themes]) {
    test(`the list and the map show the same cities for ${theme ? `the theme "${theme}"` : 'no theme'}`, async ({
      page,
    }) => {
      const expected = theme ? citiesWith(theme) : allCities;
      await openMap(page, theme ? `?themes=${theme}` : '');
      await expect.poll(() => markerIds(page)).toEqual(expected);
      await expect.poll(() => listedIds(page)).toEqual(expected);
      if (expected.length === 0)
        await expect(list(page)).toContainText('Żadne miasto nie ma wizyt');
    });
  }

  test('the skip link leads to the list', async ({ page }) => {
    await openMap(page, '?city=minsk');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Przejdź do listy miast' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(list(page).getByRole('heading', { level: 2, name: 'Lista miast' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Mińsk' })).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('map and list take turns: the bottom sheet expands over the map and folds back', async ({
    page,
  }) => {
    await openMap(page);
    const sheet = page.getByRole('button', { name: 'Filtry i lista' });
    await expect(sheet).toHaveAttribute('aria-expanded', 'false');
    await expect(list(page)).toBeHidden();
    await sheet.tap();
    await expect(list(page)).toBeVisible();
    await expect(mapRegion(page)).toBeHidden();
    await page.screenshot({ path: 'screenshots/phone-list.png' });
    await list(page)
      .getByRole('button', { name: /^Takasaki,/ })
      .tap();
    await expect(page.getByRole('region', { name: 'Takasaki' })).toBeVisible();
    await page.screenshot({ path: 'screenshots/phone-list-panel.png' });
    await page.getByRole('button', { name: 'Zamknij panel' }).tap();
    await expect(list(page)).toBeVisible();
    await sheet.tap();
    await expect(sheet).toHaveAttribute('aria-expanded', 'false');
    await expect(mapRegion(page)).toBeVisible();
    await expect(page.locator('.city-marker').first()).toBeVisible();
  });
});
