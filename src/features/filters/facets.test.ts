import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, RELATIONS } from '../../data/contract-constants';
import { buildIndex } from '../../data/cooperation-index';
import {
  cooperationSchema,
  type City,
  type Cooperation,
  type Direction,
  type Relation,
  type Visit,
} from '../../data/schema';
import { testCity, testCooperation, testVisit } from '../../testing/test-builders';
import { countVisitsByTheme, filterByThemes, type FilterResult } from './filter-visits';
import { buildFacetIndex } from './facet-index';
import { EMPTY_FACETS, facetCounts, filterByFacets, type FacetState } from './facets';

const realData = cooperationSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8')),
);
/** The 2019 report, whose content the literal expectations below are written against. */
const data2019: Cooperation = {
  ...realData,
  visits: realData.visits.filter((visit) => visit.sourceId === 'report-2019'),
};

const city = (id: string, country: string, relation: Relation): City =>
  testCity(id, { country, relation });
const visit = (
  id: string,
  cityIds: string[],
  year: number,
  direction: Direction,
  themes: string[],
): Visit => testVisit(id, cityIds, { year, direction, themes });

/** The themes the visits use, and "seniors", which none does. */
function dataset(cities: City[], visits: Visit[]): Cooperation {
  const themeIds = [...new Set(visits.flatMap((entry) => entry.themes))];
  return testCooperation(cities, visits, [...themeIds, 'seniors']);
}

/** Five years, two cities on one visit, a city without visits. */
const yearsData = dataset(
  [
    city('berlin', 'DE', 'partner'),
    city('hamburg', 'DE', 'informal'),
    city('kyiv', 'UA', 'partner'),
    city('lviv', 'UA', 'informal'),
    city('takasaki', 'JP', 'informal'),
    city('assen', 'NL', 'partner'),
  ],
  [
    visit('b-2015', ['berlin'], 2015, 'incoming', ['sport']),
    visit('b-2017', ['berlin'], 2017, 'outgoing', ['culture']),
    visit('h-2016', ['hamburg'], 2016, 'incoming', ['heritage']),
    visit('k-2017', ['kyiv'], 2017, 'incoming', ['heritage', 'culture']),
    visit('k-2019', ['kyiv'], 2019, 'outgoing', ['sport']),
    visit('l-2019', ['lviv'], 2019, 'incoming', ['youth']),
    visit('t-2018', ['takasaki', 'kyiv'], 2018, 'outgoing', ['business']),
  ],
);

/** A deterministic pseudo-random number in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const THEMES = ['sport', 'heritage', 'culture', 'youth', 'business', 'seniors'];
const COUNTRIES = ['DE', 'UA', 'JP', 'FR', 'NL'];

/** Cities with up to three visits each over 2013-2019, some visits shared by two cities. */
function generated(cityCount: number, seed: number): Cooperation {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const cities = Array.from({ length: cityCount }, (_, n) =>
    city(`city-${n}`, pick(COUNTRIES), random() < 0.3 ? 'partner' : 'informal'),
  );
  const visits = cities.flatMap((entry, n) =>
    Array.from({ length: Math.floor(random() * 4) }, (_, k) => {
      const cityIds = random() < 0.1 ? [entry.id, pick(cities).id] : [entry.id];
      const themes = THEMES.filter(() => random() < 0.3);
      const year = 2013 + Math.floor(random() * 7);
      return visit(`v-${n}-${k}`, [...new Set(cityIds)], year, pick(DIRECTIONS), themes);
    }),
  );
  return dataset(cities, visits);
}

/** The filter written the plain way, to hold the indexed one against. */
function plainFilter(data: Cooperation, state: FacetState): FilterResult {
  const index = buildIndex(data);
  const { themes, direction, years, relations, countries } = state;
  const visitLevel = themes.length > 0 || direction !== null || years !== null;
  const visitPasses = (entry: Visit) =>
    (themes.length === 0 || entry.themes.some((theme) => themes.includes(theme))) &&
    (direction === null || entry.direction === direction) &&
    (years === null || (entry.year >= years.from && entry.year <= years.to));
  const cities: City[] = [];
  const visitsByCity = new Map<string, readonly Visit[]>();
  for (const entry of data.cities) {
    if (relations.length > 0 && !relations.includes(entry.relation)) continue;
    if (countries.length > 0 && !countries.includes(entry.country)) continue;
    const matching = (index.visitsByCity.get(entry.id) ?? []).filter(visitPasses);
    if (visitLevel && matching.length === 0) continue;
    cities.push(entry);
    visitsByCity.set(entry.id, matching);
  }
  return { cities, visitsByCity };
}

function shownVisits(result: FilterResult): number {
  return new Set([...result.visitsByCity.values()].flat()).size;
}

/** Each option's count by its definition: what choosing it alone in its facet would show. */
function plainCounts(data: Cooperation, state: FacetState) {
  const visitsWith = (change: Partial<FacetState>) =>
    shownVisits(plainFilter(data, { ...state, ...change }));
  const citiesWith = (change: Partial<FacetState>) =>
    plainFilter(data, { ...state, ...change }).cities.length;
  const facets = buildFacetIndex(buildIndex(data));
  return {
    themes: new Map(facets.themeIds.map((id) => [id, visitsWith({ themes: [id] })])),
    directions: new Map(DIRECTIONS.map((id) => [id, visitsWith({ direction: id })])),
    relations: new Map(RELATIONS.map((id) => [id, citiesWith({ relations: [id] })])),
    countries: new Map(facets.countries.map((id) => [id, citiesWith({ countries: [id] })])),
    years: new Map(
      facets.years.map((year) => [year, visitsWith({ years: { from: year, to: year } })]),
    ),
  };
}

/** A result as plain ids: the cities in order, and each city's visits. */
function ids(result: FilterResult) {
  return {
    cities: result.cities.map((entry) => entry.id),
    visits: Object.fromEntries(
      [...result.visitsByCity].map(([cityId, visits]) => [cityId, visits.map((entry) => entry.id)]),
    ),
  };
}

function facets(change: Partial<FacetState>): FacetState {
  return { ...EMPTY_FACETS, ...change };
}

function shown(data: Cooperation, change: Partial<FacetState>) {
  return ids(filterByFacets(buildFacetIndex(buildIndex(data)), facets(change)));
}

describe('filterByFacets on the 2019 report', () => {
  it.each<[string, Partial<FacetState>, string[]]>([
    [
      'visits to Poznań',
      { direction: 'incoming' },
      ['hamburg', 'kyiv', 'laatzen', 'minsk', 'takasaki', 'kharkiv'],
    ],
    ["Poznań's visits abroad", { direction: 'outgoing' }, ['berlin', 'helsinki', 'takasaki']],
    [
      'sport visits to Poznań',
      { themes: ['sport'], direction: 'incoming' },
      ['takasaki', 'kharkiv'],
    ],
    ['partner cities with sport', { themes: ['sport'], relations: ['partner'] }, ['kharkiv']],
    ['Ukraine', { countries: ['UA'], direction: 'incoming' }, ['kyiv', 'kharkiv']],
    [
      'Germany and Japan abroad',
      { countries: ['DE', 'JP'], direction: 'outgoing' },
      ['berlin', 'takasaki'],
    ],
    [
      '2019',
      { years: { from: 2019, to: 2019 } },
      ['berlin', 'hamburg', 'helsinki', 'kyiv', 'laatzen', 'minsk', 'takasaki', 'kharkiv'],
    ],
    ['years before the data', { years: { from: 2000, to: 2018 } }, []],
    ['partner cities abroad', { relations: ['partner'], direction: 'outgoing' }, []],
  ])('%s', (_, change, cities) => {
    expect(shown(data2019, change).cities).toEqual(cities);
  });

  it("shows only a city's matching visits", () => {
    expect(shown(data2019, { direction: 'incoming' }).visits['takasaki']).toEqual([
      'poznan-marathon-2019',
    ]);
  });

  it('keeps cities without visits for a relation or country alone', () => {
    const result = shown(data2019, { relations: ['partner'], countries: ['NL'] });
    expect(result).toEqual({ cities: ['assen'], visits: { assen: [] } });
  });

  it('keeps every city with no facet', () => {
    const index = buildIndex(data2019);
    const result = filterByFacets(buildFacetIndex(index), EMPTY_FACETS);
    expect(result.cities).toEqual(data2019.cities);
    expect(result.visitsByCity).toEqual(index.visitsByCity);
  });
});

describe('filterByFacets with themes alone gives what filterByThemes gives', () => {
  const index = buildIndex(realData);
  const facetIndex = buildFacetIndex(index);
  const themeIds = [...realData.themes.map((theme) => theme.id), 'unknown-theme'];
  const selections: [string[]][] = [
    [[]],
    ...themeIds.map((id): [string[]] => [[id]]),
    ...themeIds.flatMap((first, n) =>
      themeIds.slice(n + 1).map((second): [string[]] => [[first, second]]),
    ),
  ];
  it.each(selections)('themes %j', (themes) => {
    expect(filterByFacets(facetIndex, facets({ themes }))).toEqual(
      filterByThemes(index, new Set(themes)),
    );
  });
});

describe('filterByFacets over several years', () => {
  it.each<[string, Partial<FacetState>, Record<string, string[]>]>([
    [
      '2017-2018',
      { years: { from: 2017, to: 2018 } },
      { berlin: ['b-2017'], kyiv: ['k-2017', 't-2018'], takasaki: ['t-2018'] },
    ],
    ['2016 alone', { years: { from: 2016, to: 2016 } }, { hamburg: ['h-2016'] }],
    [
      'a range reaching past the data',
      { years: { from: 2018, to: 2030 } },
      { kyiv: ['k-2019', 't-2018'], lviv: ['l-2019'], takasaki: ['t-2018'] },
    ],
    ['a range between the years', { years: { from: 2020, to: 2030 } }, {}],
    [
      'incoming up to 2017',
      { years: { from: 2015, to: 2017 }, direction: 'incoming' },
      { berlin: ['b-2015'], hamburg: ['h-2016'], kyiv: ['k-2017'] },
    ],
    [
      'heritage or business in Ukraine since 2017',
      { years: { from: 2017, to: 2019 }, themes: ['heritage', 'business'], countries: ['UA'] },
      { kyiv: ['k-2017', 't-2018'] },
    ],
    [
      'informal cities since 2018',
      { years: { from: 2018, to: 2019 }, relations: ['informal'] },
      { lviv: ['l-2019'], takasaki: ['t-2018'] },
    ],
  ])('%s', (_, change, visits) => {
    expect(shown(yearsData, change).visits).toEqual(visits);
  });
});

describe('facetCounts', () => {
  const index = buildFacetIndex(buildIndex(yearsData));
  const counts = (change: Partial<FacetState>) => facetCounts(index, facets(change));

  it('counts every option with no facet: visits for themes, directions and years, cities for relations and countries', () => {
    const all = counts({});
    expect(Object.fromEntries(all.themes)).toEqual({
      sport: 2,
      culture: 2,
      heritage: 2,
      youth: 1,
      business: 1,
      seniors: 0,
    });
    expect(Object.fromEntries(all.directions)).toEqual({ incoming: 4, outgoing: 3 });
    expect(Object.fromEntries(all.relations)).toEqual({ partner: 3, informal: 3 });
    expect(Object.fromEntries(all.countries)).toEqual({ DE: 2, JP: 1, NL: 1, UA: 2 });
    expect([...all.years]).toEqual([
      [2015, 1],
      [2016, 1],
      [2017, 2],
      [2018, 1],
      [2019, 2],
    ]);
  });

  it("counts a facet's own options as if the others in it were not chosen", () => {
    const chosen = counts({ direction: 'incoming', relations: ['partner'], countries: ['UA'] });
    expect(Object.fromEntries(chosen.directions)).toEqual({ incoming: 1, outgoing: 2 });
    expect(Object.fromEntries(chosen.relations)).toEqual({ partner: 1, informal: 1 });
    expect(Object.fromEntries(chosen.countries)).toEqual({ DE: 1, JP: 0, NL: 0, UA: 1 });
  });

  it('keeps options with nothing left, at zero', () => {
    const chosen = counts({ years: { from: 2018, to: 2018 } });
    expect(Object.fromEntries(chosen.themes)).toEqual({
      sport: 0,
      culture: 0,
      heritage: 0,
      youth: 0,
      business: 1,
      seniors: 0,
    });
    expect(Object.fromEntries(chosen.directions)).toEqual({ incoming: 0, outgoing: 1 });
    expect(Object.fromEntries(chosen.countries)).toEqual({ DE: 0, JP: 1, NL: 0, UA: 1 });
    expect(chosen.years.get(2015)).toBe(1);
  });

  it('counts a visit to two cities once', () => {
    expect(counts({ themes: ['business'] }).years.get(2018)).toBe(1);
  });

  it('counts a visit when any of its cities passes relation and country', () => {
    expect(counts({ countries: ['JP'] }).themes.get('business')).toBe(1);
    expect(counts({ countries: ['JP'] }).themes.get('heritage')).toBe(0);
  });

  it('gives the theme buttons the counts they show today when nothing is chosen', () => {
    const today = countVisitsByTheme(realData.visits);
    const real = buildFacetIndex(buildIndex(realData));
    expect(Object.fromEntries(facetCounts(real, EMPTY_FACETS).themes)).toEqual(
      Object.fromEntries(realData.themes.map((theme) => [theme.id, today.get(theme.id) ?? 0])),
    );
  });
});

describe('filterByFacets and facetCounts agree with the plain way of computing them', () => {
  const rows: { label: string; data: Cooperation; state: FacetState }[] = [];
  const sets: [string, Cooperation][] = [
    ['the real data', realData],
    ['five years', yearsData],
    ['generated', generated(60, 7)],
  ];
  for (const [name, data] of sets) {
    const index = buildFacetIndex(buildIndex(data));
    const random = mulberry32(name.length);
    const some = <T>(values: readonly T[]) => values.filter(() => random() < 0.3);
    const states = [EMPTY_FACETS];
    for (let n = 0; n < 40; n++) {
      const from = index.years[Math.floor(random() * index.years.length)] ?? 2019;
      states.push({
        themes: some([...index.themeIds, 'unknown-theme']),
        direction: random() < 0.5 ? null : DIRECTIONS[n % 2]!,
        relations: some(RELATIONS),
        countries: some([...index.countries, 'ZZ']),
        years: random() < 0.5 ? null : { from, to: from + Math.floor(random() * 3) },
      });
    }
    rows.push(
      ...states.map((state) => ({ label: `${name}, ${JSON.stringify(state)}`, data, state })),
    );
  }

  it.each(rows)('$label', ({ data, state }) => {
    const index = buildFacetIndex(buildIndex(data));
    expect(ids(filterByFacets(index, state))).toEqual(ids(plainFilter(data, state)));
    expect(facetCounts(index, state)).toEqual(plainCounts(data, state));
  });
});
