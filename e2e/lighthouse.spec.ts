import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from './support/chromium';
import { expect, test } from './support/fixtures';

/**
 * Lighthouse's accessibility audit (the one the portal team will run) scores 100 on the
 * built app. A score, not a timing: Lighthouse's performance score lives in the benchmarks.
 */
test('Lighthouse scores accessibility 100', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const { executablePath, args } = findChromium();
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...args],
  });
  try {
    for (const query of ['', '?city=minsk', '?lang=en&themes=sport']) {
      const result = await lighthouse(new URL(`./${query}`, baseURL).href, {
        port: chrome.port,
        onlyCategories: ['accessibility'],
        output: 'json',
        logLevel: 'error',
      });
      const report = result!.lhr;
      const failing = Object.values(report.audits)
        .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
        .map((audit) => audit.id);
      expect(failing, `failing audits for "${query}"`).toEqual([]);
      expect(report.categories.accessibility?.score, `score for "${query}"`).toBe(1);
    }
  } finally {
    chrome.kill();
  }
});
