import { cityButton, expect, openMap, test } from './support/fixtures';
import { collisions, markerBoxes, tooSmall } from './support/marker-boxes';

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

test.describe('on a phone', () => {
  test('the themes fold behind a button and the panel is a bottom sheet with a close button', async ({
    page,
  }) => {
    await openMap(page);
    const sheet = page.getByRole('button', { name: 'Filtry i lista' });
    await sheet.tap();
    const toggle = page.getByRole('button', { name: 'Filtry', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: /^Sport/ })).toBeHidden();
    await toggle.click();
    await page.getByRole('button', { name: /^Sport/ }).click();
    await expect(page.getByRole('button', { name: 'Filtry (wybrane: 1)' })).toBeVisible();
    await page.getByRole('button', { name: 'Filtry (wybrane: 1)' }).click();
    await sheet.tap();
    await expect(sheet).toHaveAttribute('aria-expanded', 'false');

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

  test('every city is on the first view, no marker covers another, each at least 24 × 24 px', async ({
    page,
  }) => {
    await openMap(page);
    const boxes = await markerBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(23);
    expect(tooSmall(boxes, 24)).toEqual([]);
    expect(collisions(boxes)).toEqual([]);
    const offscreen = await page.locator('.offscreen-sign').count();
    const inView = await page.locator('.city-marker[tabindex="0"]').count();
    expect(offscreen + inView).toBe(22);
  });
});
