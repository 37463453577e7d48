import { cityButton, expect, openMap, test } from './support/fixtures';

test.describe('languages', () => {
  test('Polish by default; the switch turns the interface and the data to English', async ({
    page,
  }) => {
    await openMap(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Współpraca zagraniczna Poznania',
    );

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL(/lang=en/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Poznań's international cooperation",
    );
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(cityButton(page, 'Kyiv')).toHaveAccessibleName('Kyiv, Ukraine: 1 visit');
    await expect(cityButton(page, 'Takasaki')).toHaveAccessibleName(/^Takasaki, Japan: 2 visits/);
    await expect(page.getByRole('region', { name: 'Filters' }).getByRole('status')).toHaveText(
      '22 of 22 cities',
    );
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();

    await cityButton(page, 'Minsk').click();
    const panel = page.getByRole('region', { name: 'Minsk' });
    await expect(panel).toContainText('Delegation in Poznań');
    await expect(panel).toContainText('(50 people)');
    await expect(panel).toContainText('Duration: 2 days');
    await expect(panel).toContainText('Belarus');

    await page.getByRole('button', { name: 'Polski' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('region', { name: 'Mińsk' })).toContainText('Delegacja w Poznaniu');
  });
});
