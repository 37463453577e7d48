import { cityButton, expect, openMap, test } from './support/fixtures';

test.describe('the city panel', () => {
  test('shows a city with its country, relation and every visit', async ({ page }) => {
    await openMap(page);
    await cityButton(page, 'Kijów').click();
    const panel = page.getByRole('region', { name: 'Kijów' });
    await expect(panel.getByRole('heading', { level: 2, name: 'Kijów' })).toBeFocused();
    await expect(panel).toContainText('Ukraina');
    await expect(panel).toContainText('Współpraca bez umowy partnerskiej');
    await expect(panel).toContainText('Wizyty: 1 wizyta');
    const visit = panel.getByRole('article');
    await expect(visit.getByRole('heading', { name: 'Wizyta delegacji z Kijowa' })).toBeVisible();
    await expect(visit).toContainText('Delegacja w Poznaniu');
    await expect(visit).toContainText('Rok: 2019');
    await expect(visit).toContainText('Miejska Konserwator Zabytków');
    await expect(visit.getByRole('list').filter({ hasText: 'Biskupin' })).toBeVisible();
    await expect(visit).toContainText('Dziedzictwo');
    await expect(visit).toContainText(/Źródło: .*2019/);
  });

  test('counts participants and days with the right plural forms', async ({ page }) => {
    await openMap(page, '?city=minsk');
    const panel = page.getByRole('region', { name: 'Mińsk' });
    await expect(panel).toContainText('(50 osób)');
    await expect(panel).toContainText('Czas trwania: 2 dni');
    await expect(panel).toContainText('Centrum Polonijne w Mińsku');
    await expect(panel).toContainText('XI LO');
  });

  test('shows an outgoing visit in words', async ({ page }) => {
    await openMap(page, '?city=helsinki');
    const panel = page.getByRole('region', { name: 'Helsinki' });
    await expect(panel).toContainText('Wizyta przedstawicieli Poznania');
    await expect(panel).toContainText('Ministerstwo Inwestycji i Rozwoju');
  });

  test('a partner city shows the year of the partnership and a visit shared with another city', async ({
    page,
  }) => {
    await openMap(page);
    await cityButton(page, 'Charków').click();
    const panel = page.getByRole('region', { name: 'Charków' });
    await expect(panel).toContainText('Miasto partnerskie od 1998 r.');
    await expect(panel.getByRole('heading', { name: '20. PKO Maraton Poznański' })).toBeVisible();
    await panel.getByRole('button', { name: 'Takasaki' }).click();
    const takasaki = page.getByRole('region', { name: 'Takasaki' });
    await expect(takasaki).toContainText('Wizyty: 2 wizyty');
    await expect(takasaki).toContainText('Burmistrz Takasaki');
    await expect(takasaki).toContainText('Instytut Polski w Tokio');
  });

  test('a city with no visits says so plainly', async ({ page }) => {
    await openMap(page);
    await cityButton(page, 'Assen').click();
    const panel = page.getByRole('region', { name: 'Assen' });
    await expect(panel).toContainText('W danych mapy nie ma opisu wizyt z tym miastem.');
    await expect(panel).toContainText('Miasto partnerskie');
  });

  test('the close button closes the panel', async ({ page }) => {
    await openMap(page);
    await cityButton(page, 'Berlin').click();
    await page.getByRole('button', { name: 'Zamknij panel' }).click();
    await expect(page.getByRole('region', { name: 'Berlin' })).toHaveCount(0);
    await expect(page).not.toHaveURL(/city=/);
  });

  test('Enter and Space on a marker open the panel; Escape closes it and returns focus to the marker', async ({
    page,
  }) => {
    await openMap(page);
    const hamburg = cityButton(page, 'Hamburg');
    await hamburg.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Hamburg' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Hamburg' })).toHaveCount(0);
    await expect(hamburg).toBeFocused();

    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { level: 2, name: 'Hamburg' })).toBeFocused();
    await expect(page.getByRole('region', { name: 'Hamburg' })).toContainText('Brama Poznania');
  });

  test('markers are reached with Tab', async ({ page }) => {
    await openMap(page);
    await page.locator('.cooperation-map').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('.city-marker:focus')).toHaveCount(1);
    await expect(page.locator('.city-marker:focus')).toHaveAccessibleName(
      /^[^,]+, [^:]+: \d+ wizyt/,
    );
  });
});
