import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * What axe finds wrong in the page, a line per rule with the elements it names. Legacy mode runs
 * axe in the page itself: the default opens a blank page to merge the frames' results, which
 * doubled the time of every check (about 1.3 s against 2.8 s), and our pages have no frames.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Fails the test (or, soft, marks it failed and goes on) on any axe violation. */
export async function expectNoViolations(page: Page, { soft = false } = {}): Promise<void> {
  const found = await axeViolations(page);
  (soft ? expect.soft(found) : expect(found)).toEqual([]);
}
