import type { Browser, Page } from '@playwright/test';

export const MARK = 'poznan-map:markers-drawn';
/** Every city reachable: a marker in view or a sign at the edge (the baseline: its markers). */
export const REACHABLE = 'poznan-map:cities-reachable';

export interface Sample {
  /** From navigation to the markers painted, ms. */
  markersMs: number;
  /** From navigation to every city reachable, ms. */
  reachableMs: number;
  /** Used JS heap after load (after a garbage collection), MB. */
  heapMb: number;
  /** Bytes over the wire (gzip) by kind. */
  bytes: { js: number; css: number; data: number; basemap: number };
}

async function waitForMark(page: Page, mark: string, timeout: number): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout,
    polling: 50,
  });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
}

/** The app's filters, there once the page's code has taken over from the first frame. */
export const PAGE_READY = '.theme-filter__list .filter-chip';

/**
 * One cold load of `url` in a fresh browser context. With `ready`, the heap and the bytes are
 * read once that selector is on the page (the app's page, not only its first frame).
 */
export async function loadOnce(browser: Browser, url: string, timeout: number, ready?: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  const markersMs = await waitForMark(page, MARK, timeout);
  const reachableMs = await waitForMark(page, REACHABLE, timeout);
  if (ready) await page.waitForSelector(ready, { timeout });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const bytes = await page.evaluate(() => {
    const sum = { js: 0, css: 0, data: 0, basemap: 0 };
    for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const size = entry.transferSize || entry.encodedBodySize;
      if (entry.name.includes('/data/cooperation.json')) sum.data += size;
      else if (entry.name.includes('countries-') || entry.name.includes('world-110m'))
        sum.basemap += size;
      else if (entry.name.endsWith('.js')) sum.js += size;
      else if (entry.name.endsWith('.css')) sum.css += size;
    }
    return sum;
  });
  return { page, context, sample: { markersMs, reachableMs, heapMb: usedSize / 1e6, bytes } };
}

/** From a click on the first theme with visits to the markers repainted, ms. */
export function themeClick(page: Page): Promise<number> {
  return page.evaluate(async (mark) => {
    performance.clearMarks(mark);
    const button = document.querySelector<HTMLButtonElement>(
      '.theme-filter__list .filter-chip:not([aria-disabled="true"])',
    );
    if (!button) return NaN;
    const start = performance.now();
    button.click();
    // No named helpers in here: tsx would wrap them in a __name() the page does not have.
    while (performance.getEntriesByName(mark).length === 0) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return performance.getEntriesByName(mark)[0]!.startTime - start;
  }, MARK);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)]!;
}
