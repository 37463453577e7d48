import AxeBuilder from '@axe-core/playwright';
import { expect, openMap, test } from './support/fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const [state, query] of [
  ['the first view', ''],
  ['an open panel', '?city=minsk'],
  ['a filtered view', '?themes=sport,heritage&city=takasaki'],
  ['the English view', '?lang=en&city=kharkiv'],
] as const) {
  test(`axe finds no violation in ${state}`, async ({ page }) => {
    await openMap(page, query);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
}
