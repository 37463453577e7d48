import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';
import { contrast } from '../testing/contrast';

const rows = [
  { key: 'sport', label: 'Sport', value: 4 },
  { key: 'heritage', label: 'Dziedzictwo i zabytki', value: 1 },
  { key: 'seniors', label: 'Seniorzy <b>', value: 0 },
];
const valueText = (value: number) => `${value} wiz.`;
const markup = renderToStaticMarkup(
  <BarChart title="Wizyty według tematu" rows={rows} valueText={valueText} />,
);

/** The markup of each row, in order. */
const rowMarkup = markup.split('<div class="bar-chart__row">').slice(1);

describe('BarChart', () => {
  it('is a figure named by its caption', () => {
    expect(markup).toMatch(
      /^<figure class="bar-chart"><figcaption class="bar-chart__title">Wizyty według tematu<\/figcaption>/,
    );
  });

  it.each(rows.map((row, position) => [row.label, row.value, position] as const))(
    'gives %s its value %i as text a screen reader reads',
    (_, value, position) => {
      const escapedLabel = rows[position]!.label.replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(rowMarkup[position]).toContain(`<dt class="bar-chart__label">${escapedLabel}</dt>`);
      expect(rowMarkup[position]).toContain(
        `<span class="bar-chart__value">${valueText(value)}</span>`,
      );
    },
  );

  it('hides every bar from assistive technology', () => {
    const svgs = markup.match(/<svg[^>]*>/g) ?? [];
    expect(svgs).toHaveLength(rows.length);
    for (const svg of svgs) expect(svg).toContain('aria-hidden="true"');
  });

  it.each<[number, string]>([
    [0, 'width="100%"'],
    [1, 'width="25%"'],
    [2, 'width="2"'],
  ])('draws row %i with %s (the largest fills the row, zero a hairline)', (position, width) => {
    expect(rowMarkup[position]).toMatch(new RegExp(`<rect[^>]*${width}`));
  });

  it('keeps data text as text', () => {
    expect(markup).not.toContain('<b>');
  });

  it.each<[string]>([['--color-surface'], ['--color-page']])(
    'draws bars that stand out 3:1 from %s (WCAG 1.4.11)',
    (background) => {
      const css = readFileSync(new URL('../app/app.css', import.meta.url), 'utf8');
      const colour = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];
      const chartCss = readFileSync(new URL('./bar-chart.css', import.meta.url), 'utf8');
      expect(chartCss).toContain(`fill: var(--color-accent, ${colour('--color-accent')})`);
      expect(contrast(colour('--color-accent')!, colour(background)!)).toBeGreaterThanOrEqual(3);
    },
  );
});
