import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/cooperation-index';
import type { City, Cooperation, Visit } from '../../data/schema';
import { testCity, testCooperation, testVisit } from '../../testing/test-builders';
import { countVisitsByTheme, filterByThemes, visitMatches } from './filter-visits';

const city = (id: string): City => testCity(id);
const visit = (id: string, cityIds: string[], themes: string[]): Visit =>
  testVisit(id, cityIds, { themes });

const data: Cooperation = testCooperation(
  ['berlin', 'kyiv', 'takasaki', 'kharkiv', 'assen'].map(city),
  [
    visit('round-table', ['berlin'], ['sport', 'culture']),
    visit('kyiv-delegation', ['kyiv'], ['heritage']),
    visit('takasaki-delegation', ['takasaki'], ['culture']),
    visit('marathon', ['takasaki', 'kharkiv'], ['sport']),
  ],
  ['sport', 'heritage', 'seniors', 'culture'],
);
const index = buildIndex(data);

describe('visitMatches', () => {
  const marathon = data.visits[3]!;
  it.each<[string[], boolean]>([
    [[], true],
    [['sport'], true],
    [['heritage'], false],
    [['heritage', 'sport'], true],
  ])('themes %j -> %s', (selection, expected) => {
    expect(visitMatches(marathon, new Set(selection))).toBe(expected);
  });
});

describe('filterByThemes', () => {
  it.each<[string[], string[], Record<string, string[]>]>([
    [
      [],
      ['berlin', 'kyiv', 'takasaki', 'kharkiv', 'assen'],
      { takasaki: ['takasaki-delegation', 'marathon'], assen: [] },
    ],
    [
      ['sport'],
      ['berlin', 'takasaki', 'kharkiv'],
      { takasaki: ['marathon'], kharkiv: ['marathon'] },
    ],
    [['heritage'], ['kyiv'], { kyiv: ['kyiv-delegation'] }],
    [
      ['heritage', 'culture'],
      ['berlin', 'kyiv', 'takasaki'],
      { takasaki: ['takasaki-delegation'], berlin: ['round-table'] },
    ],
    [['seniors'], [], {}],
    [['unknown-theme'], [], {}],
  ])('themes %j', (selection, cityIds, visitsOf) => {
    const result = filterByThemes(index, new Set(selection));
    expect(result.cities.map((c) => c.id)).toEqual(cityIds);
    for (const [cityId, visitIds] of Object.entries(visitsOf)) {
      expect(result.visitsByCity.get(cityId)?.map((v) => v.id)).toEqual(visitIds);
    }
  });
});

describe('countVisitsByTheme', () => {
  it('counts each visit once per theme', () => {
    const counts = countVisitsByTheme([
      ...data.visits,
      visit('twice', ['kyiv'], ['sport', 'sport']),
    ]);
    expect(Object.fromEntries(counts)).toEqual({ sport: 3, culture: 2, heritage: 1 });
  });
});
