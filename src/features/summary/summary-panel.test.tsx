import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Summary } from './summarize';
import { SummaryPanel, type SummaryLabels } from './summary-panel';

const labels: SummaryLabels = {
  heading: 'Podsumowanie',
  visits: (count) => `${count} wiz.`,
  cities: (count) => `${count} miast`,
  countries: (count) => `${count} kraj.`,
  byThemeTitle: 'Według tematu',
  byYearTitle: 'Według roku',
  themeLabel: (themeId) => `Temat ${themeId}`,
  yearLabel: (year) => `${year} r.`,
  empty: 'Brak wizyt',
};

const summary: Summary = {
  visits: 3,
  cities: 4,
  countries: 2,
  byTheme: [
    { themeId: 'sport', visits: 2 },
    { themeId: 'seniors', visits: 0 },
  ],
  byYear: [
    { year: 2018, visits: 1 },
    { year: 2019, visits: 2 },
  ],
};

const render = (value: Summary) =>
  renderToStaticMarkup(<SummaryPanel summary={value} labels={labels} />);

describe('SummaryPanel', () => {
  it('is a region named by its heading', () => {
    const markup = render(summary);
    const id = /<h2 class="summary-panel__heading" id="([^"]+)">Podsumowanie<\/h2>/.exec(
      markup,
    )?.[1];
    expect(id).toBeDefined();
    expect(markup).toContain(`<section class="summary-panel" aria-labelledby="${id}">`);
  });

  it('lists the counts', () => {
    expect(render(summary)).toContain('<li>3 wiz.</li><li>4 miast</li><li>2 kraj.</li>');
  });

  it.each<[string, string]>([
    ['by theme', '<figcaption class="bar-chart__title">Według tematu</figcaption>'],
    ['a theme', '<dt class="bar-chart__label">Temat sport</dt>'],
    ['a theme with no visit', '<dt class="bar-chart__label">Temat seniors</dt>'],
    ['by year', '<figcaption class="bar-chart__title">Według roku</figcaption>'],
    ['a year', '<dt class="bar-chart__label">2018 r.</dt>'],
    ['a value', '<span class="bar-chart__value">2 wiz.</span>'],
  ])('shows %s', (_, expected) => {
    expect(render(summary)).toContain(expected);
  });

  it('says so instead of drawing empty charts when no visit is shown', () => {
    const markup = render({
      visits: 0,
      cities: 0,
      countries: 0,
      byTheme: summary.byTheme.map((entry) => ({ ...entry, visits: 0 })),
      byYear: [],
    });
    expect(markup).toContain('<p class="summary-panel__empty">Brak wizyt</p>');
    expect(markup).not.toContain('<figure');
  });
});
