import { cityButton, expect, openMap, test } from './support/fixtures';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test.describe('on a phone', () => {
  test('the themes fold behind a button and the panel is a bottom sheet with a close button', async ({
    page,
  }) => {
    await openMap(page);
    const toggle = page.getByRole('button', { name: 'Tematy', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: /^Sport/ })).toBeHidden();
    await toggle.click();
    await page.getByRole('button', { name: /^Sport/ }).click();
    await expect(page.getByRole('button', { name: 'Tematy (wybrane: 1)' })).toBeVisible();
    await page.getByRole('button', { name: 'Tematy (wybrane: 1)' }).click();

    await cityButton(page, 'Berlin').tap();
    const panel = page.getByRole('region', { name: 'Berlin' });
    await expect(panel).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(box.width).toBeCloseTo(375, 0);
    expect(box.y + box.height).toBeCloseTo(740, 0);
    await panel.getByRole('button', { name: 'Zamknij panel' }).tap();
    await expect(panel).toHaveCount(0);
  });

  test('nothing scrolls sideways', async ({ page }) => {
    await openMap(page, '?city=kharkiv');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
