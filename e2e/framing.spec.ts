import type { Page } from '@playwright/test';
import { testData } from './support/data';
import { cityButton, expect, openMap, test } from './support/fixtures';

/** Countries of geographical Europe: their cities are the ones the first view is framed for. */
const EUROPE = new Set(
  'AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK'.split(
    ' ',
  ),
);

const europeanNames: string[] = (testData().cities as { country: string; name: { pl: string } }[])
  .filter((city) => EUROPE.has(city.country))
  .map((city) => city.name.pl);

/** The part of the map a person sees: its box within the window, less a panel laid over it. */
async function visibleMap(page: Page): Promise<{ left: number; right: number }> {
  return page.evaluate(() => {
    const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
    let left = Math.max(map.left, 0);
    let right = Math.min(map.right, innerWidth);
    const panel = document.getElementById('side-panel');
    const box = panel && !panel.hidden ? panel.getBoundingClientRect() : null;
    if (box && box.width > 0 && box.left < right && box.right > left) {
      // A panel over the map's left (or right) part hides what lies under it.
      if (box.left <= left) left = Math.max(left, box.right);
      else right = Math.min(right, box.left);
    }
    return { left, right };
  });
}

/** Where the European cities' markers lie across the visible map's width, from 0 to 1. */
async function europeanExtent(page: Page): Promise<{ left: number; right: number; span: number }> {
  const boxes = await Promise.all(
    europeanNames.map(async (name) => {
      const box = await cityButton(page, name).boundingBox();
      if (!box) throw new Error(`No marker for ${name}`);
      return box;
    }),
  );
  const map = await visibleMap(page);
  const width = map.right - map.left;
  const left = (Math.min(...boxes.map((box) => box.x)) - map.left) / width;
  const right = (Math.max(...boxes.map((box) => box.x + box.width)) - map.left) / width;
  return { left, right, span: right - left };
}

/** How far apart two cities' markers stand: the map's scale, whatever its pan. */
async function markerDistance(page: Page, a: string, b: string): Promise<number> {
  const boxA = (await cityButton(page, a).boundingBox())!;
  const boxB = (await cityButton(page, b).boundingBox())!;
  return Math.round(Math.hypot(boxA.x - boxB.x, boxA.y - boxB.y));
}

/**
 * The distance once the map has come to rest: no zoom animation running, and the same reading
 * twice, a few frames apart (the markers are placed again a frame after a zoom ends, where
 * close ones are spread apart at the new scale).
 */
async function settledDistance(page: Page, a: string, b: string): Promise<number> {
  let settled = NaN;
  await expect
    .poll(async () => {
      if ((await page.locator('.leaflet-zoom-anim').count()) > 0) return false;
      const first = await markerDistance(page, a, b);
      await page.waitForTimeout(150);
      settled = await markerDistance(page, a, b);
      return first === settled && (await page.locator('.leaflet-zoom-anim').count()) === 0;
    })
    .toBe(true);
  return settled;
}

/** Framed for the visible map: the European cities inside it, their middle near its middle. */
async function expectFramed(page: Page, minSpan: number): Promise<void> {
  await expect
    .poll(async () => {
      const { left, right, span } = await europeanExtent(page);
      return left > 0 && right < 1 && Math.abs((left + right) / 2 - 0.5) < 0.08 && span >= minSpan;
    })
    .toBe(true);
}

test.describe('the first view uses the map', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the European cities span at least half the visible map on a 1366 × 768 laptop', async ({
    page,
  }) => {
    expect(europeanNames.length).toBeGreaterThanOrEqual(10);
    await openMap(page);
    const extent = await europeanExtent(page);
    test.info().annotations.push({ type: 'European span', description: extent.span.toFixed(3) });
    expect(extent.span).toBeGreaterThanOrEqual(0.5);
    await expectFramed(page, 0.5);
  });

  test('is framed again when the panel folds and unfolds', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Ukryj panel' }).click();
    await expect(page.getByRole('region', { name: 'Panel boczny' })).toBeHidden();
    // Europe with Israel and Finland takes the map's height: in the folded map's 1366 × 720
    // it cannot take half the width, but it stands in the middle, not left where it was.
    await expectFramed(page, 0.35);
    await page.getByRole('button', { name: 'Pokaż panel' }).click();
    await expect(page.getByRole('region', { name: 'Panel boczny' })).toBeVisible();
    await expectFramed(page, 0.5);
  });

  test('is framed again when the window changes size', async ({ page }) => {
    await openMap(page);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectFramed(page, 0.5);
    await page.setViewportSize({ width: 1100, height: 700 });
    await expectFramed(page, 0.5);
  });

  test('keeps the scale the person zoomed to, through a fold and a resize', async ({ page }) => {
    await openMap(page);
    const framed = await markerDistance(page, 'Rennes', 'Charków');
    await page.getByRole('button', { name: 'Przybliż' }).click();
    await expect.poll(() => markerDistance(page, 'Rennes', 'Charków')).toBeGreaterThan(framed);
    // Read once the zoom has ended and the markers stand still, not half-way through it.
    const zoomed = await settledDistance(page, 'Rennes', 'Charków');
    expect(zoomed).toBeGreaterThan(framed);

    await page.getByRole('button', { name: 'Ukryj panel' }).click();
    await expect(page.getByRole('region', { name: 'Panel boczny' })).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 720 });
    // Time for a re-framing to start, if there were one, and then for it to end.
    await page.waitForTimeout(300);
    expect(await settledDistance(page, 'Rennes', 'Charków')).toBe(zoomed);
  });
});
