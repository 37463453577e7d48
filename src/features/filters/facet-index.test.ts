import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/cooperation-index';
import type { City, Direction, Relation, Visit } from '../../data/schema';
import { testCity, testCooperation, testVisit } from '../../testing/test-builders';
import { buildFacetIndex, knownFacetValues } from './facet-index';

const city = (id: string, country: string, relation: Relation): City =>
  testCity(id, { country, relation });
const visit = (
  id: string,
  cityIds: string[],
  year: number,
  direction: Direction,
  themes: string[],
): Visit => testVisit(id, cityIds, { year, direction, themes });
const dataset = testCooperation;

const data = dataset(
  [city('kyiv', 'UA', 'partner'), city('berlin', 'DE', 'informal'), city('assen', 'NL', 'partner')],
  [
    visit('k-2019', ['kyiv'], 2019, 'outgoing', ['sport', 'sport', 'heritage']),
    visit('kb-2015', ['berlin', 'kyiv'], 2015, 'incoming', ['chess']),
    visit('b-2017', ['berlin'], 2017, 'incoming', []),
  ],
  ['heritage', 'sport', 'seniors'],
);
const index = buildFacetIndex(buildIndex(data));

/** The numbers in rows start[n] .. start[n + 1] of a column, for each n. */
function rows(start: Uint32Array, numbers: Uint32Array): number[][] {
  return Array.from({ length: start.length - 1 }, (_, n) => [
    ...numbers.subarray(start[n], start[n + 1]),
  ]);
}

describe('buildFacetIndex', () => {
  it('lists every option the data holds: years ascending, countries by code', () => {
    expect(index.years).toEqual([2015, 2017, 2019]);
    expect(index.countries).toEqual(['DE', 'NL', 'UA']);
  });

  it('lists the declared themes first, then those visits use without declaring them', () => {
    expect(index.themeIds).toEqual(['heritage', 'sport', 'seniors', 'chess']);
  });

  it("numbers each visit's themes once, in the visit's order", () => {
    expect(rows(index.visitThemeStart, index.visitThemes)).toEqual([[1, 0], [3], []]);
  });

  it("numbers each city's visits in the data's order", () => {
    expect(rows(index.cityVisitStart, index.cityVisits)).toEqual([[0, 1], [1, 2], []]);
  });

  it('numbers each row by its place in the option lists', () => {
    expect([...index.cityCountry]).toEqual([2, 0, 1]);
    expect([...index.cityRelation]).toEqual([0, 1, 0]);
    expect([...index.visitYear]).toEqual([2, 0, 1]);
    expect([...index.visitDirection]).toEqual([1, 0, 0]);
  });
});

describe('knownFacetValues', () => {
  it('gives the ids, the countries and the span of years', () => {
    expect(knownFacetValues(index)).toEqual({
      themeIds: new Set(['heritage', 'sport', 'seniors', 'chess']),
      countries: new Set(['DE', 'NL', 'UA']),
      years: { min: 2015, max: 2019 },
    });
  });

  it('gives no span of years without visits', () => {
    const empty = buildFacetIndex(buildIndex(dataset([city('kyiv', 'UA', 'partner')], [], [])));
    expect(knownFacetValues(empty).years).toBeNull();
  });
});
