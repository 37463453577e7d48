import type { Page } from '@playwright/test';
import { serveData, testData } from './support/data';
import { cityButton, expect, openMap, test } from './support/fixtures';

/** The share of the window that the map's visible box covers. */
async function mapShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = document.querySelector('.leaflet-container');
    if (!map) throw new Error('No .leaflet-container on the page');
    const box = map.getBoundingClientRect();
    const width = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
    const height = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
    return (width * height) / (innerWidth * innerHeight);
  });
}

const targets = [
  { name: 'a 1366 × 768 laptop', width: 1366, height: 768, query: '', share: 0.65 },
  { name: 'a 1920 × 1080 screen', width: 1920, height: 1080, query: '', share: 0.7 },
  { name: 'a 375 × 667 phone', width: 375, height: 667, query: '', share: 0.7, phone: true },
  { name: 'a 760 × 520 embedded frame', width: 760, height: 520, query: '?embed=1', share: 0.75 },
];

test.describe('the map is the product', () => {
  for (const target of targets) {
    test(`the map covers at least ${target.share * 100}% of ${target.name}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width: target.width, height: target.height },
        ...(target.phone ? { hasTouch: true, isMobile: true } : {}),
      });
      const page = await context.newPage();
      await openMap(page, target.query);
      const share = await mapShare(page);
      test.info().annotations.push({ type: 'map share', description: share.toFixed(3) });
      expect(share).toBeGreaterThanOrEqual(target.share);
      await context.close();
    });
  }

  test('nothing scrolls sideways on a 320 px wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openMap(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  for (const width of [320, 360, 375, 414]) {
    for (const [language, query] of [
      ['Polish', ''],
      ['English', '?lang=en'],
    ] as const) {
      test(`on a ${width} px phone in ${language} the header's title stays clear of its buttons`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 700 });
        await openMap(page, query);
        const header = page.getByRole('banner');
        // The text's own box, which a word too long for the heading's box would overflow.
        const title = await header.getByRole('heading', { level: 1 }).evaluate((heading) => {
          const range = document.createRange();
          range.selectNodeContents(heading);
          const box = range.getBoundingClientRect();
          return { x: box.x, width: box.width };
        });
        const buttons = await header.getByRole('button').all();
        expect(buttons.length).toBeGreaterThanOrEqual(2);
        for (const button of buttons) {
          const box = (await button.boundingBox())!;
          expect(title.x + title.width).toBeLessThanOrEqual(box.x);
          expect(box.x + box.width).toBeLessThanOrEqual(width);
        }
        // A slim header: at most two lines of title.
        expect((await header.boundingBox())!.height).toBeLessThanOrEqual(48);
      });
    }
  }

  test('with very long theme and city names the map keeps half of a laptop screen and every city stays reachable', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const data = testData();
    for (const theme of data.themes as { label: { pl: string; en: string } }[]) {
      theme.label.pl = `${theme.label.pl} `.padEnd(100, 'x');
      theme.label.en = `${theme.label.en} `.padEnd(100, 'x');
    }
    for (const city of data.cities as { name: { pl: string; en: string } }[]) {
      city.name.pl = `${city.name.pl} `.padEnd(60, 'y');
      city.name.en = `${city.name.en} `.padEnd(60, 'y');
    }
    await serveData(page, data);
    await openMap(page);
    expect(await mapShare(page)).toBeGreaterThanOrEqual(0.5);
    const names = (data.cities as { name: { pl: string } }[]).map((city) => city.name.pl);
    for (const name of names) {
      const marker = cityButton(page, name);
      await expect(marker).toHaveCount(1);
      await expect(marker).toBeInViewport();
    }
  });
});
