import { cityButton, expect, openMap, test } from './support/fixtures';

test.describe('the address is the state', () => {
  test('a link opens that city, themes and language', async ({ page }) => {
    await openMap(page, '?city=kyiv&themes=heritage&lang=en');
    await expect(page.getByRole('region', { name: 'Kyiv' })).toContainText('Delegation in Poznań');
    await expect(page.getByRole('button', { name: /^Heritage/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('status').filter({ hasText: 'cities' })).toHaveText(
      '2 of 22 cities',
    );
    await expect(page).toHaveTitle(/^Kyiv/);
  });

  test('each change updates the address, and Back undoes the last one', async ({ page }) => {
    await openMap(page);
    await cityButton(page, 'Berlin').click();
    await expect(page).toHaveURL(/\?city=berlin$/);
    await page.getByRole('button', { name: /^Sport/ }).click();
    await expect(page).toHaveURL(/\?city=berlin&themes=sport$/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page).toHaveURL(/\?city=berlin&themes=sport&lang=en$/);

    await page.goBack();
    await expect(page).toHaveURL(/\?city=berlin&themes=sport$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await page.goBack();
    await expect(page.getByRole('button', { name: /^Sport/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await page.goBack();
    await expect(page.getByRole('region', { name: 'Berlin' })).toHaveCount(0);
    await page.goForward();
    await expect(page.getByRole('region', { name: 'Berlin' })).toBeVisible();
  });

  for (const query of [
    '?city=kiev',
    '?city=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '?themes=,,nope,%22%3E&lang=xx',
    '?city=&themes=&lang=',
    '?city=kyiv&city=minsk&lang=en&lang=pl',
    '?%E0%A4%A=%',
  ]) {
    test(`ignores unknown or malformed values: ${query}`, async ({ page }) => {
      await openMap(page, query);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('.city-marker:not(.city-marker--hub)')).toHaveCount(22);
    });
  }
});
