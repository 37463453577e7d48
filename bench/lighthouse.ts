import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../e2e/support/chromium.ts';

/** Lighthouse's performance score (mobile preset, its default) for a page, 0 to 100. */
export async function lighthousePerformance(url: string): Promise<number> {
  const { executablePath, args } = findChromium();
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...args],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      output: 'json',
      logLevel: 'error',
      // No tile server is reachable here: keep its failed requests out of the score.
      blockedUrlPatterns: ['*tile.openstreetmap.org*'],
    });
    return Math.round((result?.lhr.categories.performance?.score ?? 0) * 100);
  } finally {
    chrome.kill();
  }
}
