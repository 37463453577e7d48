import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/cooperation-index';
import { cooperationSchema, type City, type Cooperation, type Visit } from '../../data/schema';
import { testCity, testCooperation, testVisit } from '../../testing/test-builders';
import { filterByThemes } from '../filters/filter-visits';
import { summarize, type Summary } from './summarize';

const city = (id: string, country: string): City => testCity(id, { country });
const visit = (id: string, cityIds: string[], year: number, themes: string[]): Visit =>
  testVisit(id, cityIds, { year, themes });

const data: Cooperation = testCooperation(
  [
    city('berlin', 'DE'),
    city('hanover', 'DE'),
    city('kyiv', 'UA'),
    city('kharkiv', 'UA'),
    city('takasaki', 'JP'),
    city('assen', 'NL'),
  ],
  [
    visit('round-table', ['berlin'], 2019, ['sport', 'culture']),
    visit('kyiv-delegation', ['kyiv'], 2016, ['heritage', 'heritage']),
    visit('marathon', ['takasaki', 'kharkiv'], 2019, ['sport']),
    visit('expo', ['hanover'], 2018, ['culture', 'unknown-theme']),
  ],
  ['sport', 'heritage', 'seniors', 'culture'],
);
const index = buildIndex(data);

const themes = (sport: number, heritage: number, seniors: number, culture: number) => [
  { themeId: 'sport', visits: sport },
  { themeId: 'heritage', visits: heritage },
  { themeId: 'seniors', visits: seniors },
  { themeId: 'culture', visits: culture },
];

describe('summarize', () => {
  it.each<[string, string[], Summary]>([
    [
      'no filter: every city, also assen without visits; the marathon once',
      [],
      {
        visits: 4,
        cities: 6,
        countries: 4,
        byTheme: themes(2, 1, 0, 2),
        byYear: [
          { year: 2016, visits: 1 },
          { year: 2017, visits: 0 },
          { year: 2018, visits: 1 },
          { year: 2019, visits: 2 },
        ],
      },
    ],
    [
      'sport: the marathon with two cities counts once',
      ['sport'],
      {
        visits: 2,
        cities: 3,
        countries: 3,
        byTheme: themes(2, 0, 0, 1),
        byYear: [{ year: 2019, visits: 2 }],
      },
    ],
    [
      'heritage: a theme written twice on a visit counts once',
      ['heritage'],
      {
        visits: 1,
        cities: 1,
        countries: 1,
        byTheme: themes(0, 1, 0, 0),
        byYear: [{ year: 2016, visits: 1 }],
      },
    ],
    [
      'seniors: nothing shown, no years',
      ['seniors'],
      { visits: 0, cities: 0, countries: 0, byTheme: themes(0, 0, 0, 0), byYear: [] },
    ],
  ])('%s', (_, selection, expected) => {
    expect(summarize(filterByThemes(index, new Set(selection)), index)).toEqual(expected);
  });

  it('counts only the shown visits of a shown city', () => {
    const berlin = data.cities[0]!;
    const view = { cities: [berlin], visitsByCity: new Map([[berlin.id, []]]) };
    expect(summarize(view, index)).toMatchObject({ visits: 0, cities: 1, countries: 1 });
  });

  it('agrees with the real data', () => {
    const real = cooperationSchema.parse(
      JSON.parse(readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8')),
    );
    const realIndex = buildIndex(real);
    const all = summarize(filterByThemes(realIndex, new Set()), realIndex);
    expect(all.visits).toBe(real.visits.length);
    expect(all.cities).toBe(real.cities.length);
    expect(all.byTheme.map((entry) => entry.themeId)).toEqual(real.themes.map((t) => t.id));
    const sport = summarize(filterByThemes(realIndex, new Set(['sport'])), realIndex);
    expect(sport).toMatchObject({ visits: 2, cities: 3 });
    expect(sport.byTheme.find((entry) => entry.themeId === 'sport')?.visits).toBe(2);
  });
});

describe('summarize at scale', () => {
  it('counts 200,000 visits without overflowing the stack', () => {
    const many = Array.from({ length: 200_000 }, (_, n) =>
      visit(`v${n}`, ['berlin'], 1950 + (n % 70), ['sport']),
    );
    const berlin = data.cities[0]!;
    const view = { cities: [berlin], visitsByCity: new Map([[berlin.id, many]]) };
    const result = summarize(view, index);
    expect(result.visits).toBe(200_000);
    expect(result.byYear).toHaveLength(70);
    expect(result.byYear[0]).toEqual({ year: 1950, visits: 2858 });
  });
});
