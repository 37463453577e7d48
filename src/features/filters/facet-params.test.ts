import { describe, expect, it } from 'vitest';
import { facetParamEntries, parseFacetParams, sanitizeFacets } from './facet-params';
import type { KnownFacetValues } from './facet-index';
import { EMPTY_FACETS, type FacetState } from './facets';

function facets(change: Partial<FacetState>): FacetState {
  return { ...EMPTY_FACETS, ...change };
}

function parse(search: string): FacetState {
  return parseFacetParams(new URLSearchParams(search));
}

function serialize(state: FacetState): string {
  return new URLSearchParams(facetParamEntries(state)).toString().replace(/%2C/g, ',');
}

describe('parseFacetParams', () => {
  it.each<[string, Partial<FacetState>]>([
    ['', {}],
    ['?city=kyiv&lang=en', {}],
    [
      '?direction=incoming&relation=partner&country=DE&years=2019-2021',
      {
        direction: 'incoming',
        relations: ['partner'],
        countries: ['DE'],
        years: { from: 2019, to: 2021 },
      },
    ],
    ['?direction=outgoing', { direction: 'outgoing' }],
    ['?direction=%20Incoming%20', { direction: 'incoming' }],
    ['?direction=sideways', {}],
    ['?direction=incoming,outgoing', {}],
    ['?direction=', {}],
    ['?direction=outgoing&direction=incoming', { direction: 'outgoing' }],
    ['?relation=partner,informal', { relations: ['partner', 'informal'] }],
    ['?relation=informal,partner', { relations: ['informal', 'partner'] }],
    ['?relation=PARTNER,,partner,%20friend', { relations: ['partner'] }],
    ['?country=de,ua', { countries: ['DE', 'UA'] }],
    ['?country=%20pl%20,PL,DE', { countries: ['PL', 'DE'] }],
    ['?country=DEU,D,1A,%C3%9C%C3%9C,,', {}],
    ['?country=de&country=ua', { countries: ['DE'] }],
    ['?years=2019', { years: { from: 2019, to: 2019 } }],
    ['?years=%202019-2021%20', { years: { from: 2019, to: 2021 } }],
    ['?years=2019%20-%202021', { years: { from: 2019, to: 2021 } }],
    ['?years=2019%E2%80%932021', { years: { from: 2019, to: 2021 } }],
    ['?years=2021-2019', { years: { from: 2019, to: 2021 } }],
    ['?years=abc', {}],
    ['?years=2019-', {}],
    ['?years=-2019', {}],
    ['?years=19-21', {}],
    ['?years=2019-2020-2021', {}],
    ['?years=2019.5', {}],
    ['?years=20190', {}],
    ['?themes=sport,heritage', { themes: ['sport', 'heritage'] }],
    ['?themes=sport,,sport,%20Heritage%20', { themes: ['sport', 'heritage'] }],
    ['?themes=%22x%22,open-data', { themes: ['open-data'] }],
    ['?themes=' + 'a'.repeat(101), {}],
    ['?%E0%A4%A=1&country=fr', { countries: ['FR'] }],
  ])('%s', (search, expected) => {
    expect(parse(search)).toEqual(facets(expected));
  });
});

describe('facetParamEntries', () => {
  it.each<[Partial<FacetState>, string]>([
    [{}, ''],
    [{ themes: ['sport', 'heritage'] }, 'themes=sport,heritage'],
    [{ direction: 'incoming' }, 'direction=incoming'],
    [{ relations: ['partner', 'informal'] }, 'relation=partner,informal'],
    [{ countries: ['DE', 'UA'] }, 'country=DE,UA'],
    [{ years: { from: 2019, to: 2021 } }, 'years=2019-2021'],
    [{ years: { from: 2019, to: 2019 } }, 'years=2019'],
    [
      {
        years: { from: 2019, to: 2021 },
        countries: ['DE'],
        relations: ['partner'],
        direction: 'incoming',
        themes: ['sport'],
      },
      'themes=sport&direction=incoming&relation=partner&country=DE&years=2019-2021',
    ],
  ])('%j -> %s', (change, expected) => {
    expect(serialize(facets(change))).toBe(expected);
  });

  it.each<Partial<FacetState>>([
    {},
    { themes: ['open-data', 'sport'], direction: 'outgoing' },
    { relations: ['informal'], countries: ['UA', 'DE'], years: { from: 2015, to: 2019 } },
    { years: { from: 2018, to: 2018 } },
  ])('round-trips %j through parse', (change) => {
    expect(parse(serialize(facets(change)))).toEqual(facets(change));
  });
});

describe('sanitizeFacets', () => {
  const known: KnownFacetValues = {
    themeIds: new Set(['sport', 'heritage']),
    countries: new Set(['DE', 'UA']),
    years: { min: 2015, max: 2019 },
  };
  it.each<[string, Partial<FacetState>, Partial<FacetState>]>([
    [
      'keeps known values',
      { themes: ['sport'], countries: ['UA'] },
      { themes: ['sport'], countries: ['UA'] },
    ],
    ['drops unknown themes', { themes: ['chess', 'heritage'] }, { themes: ['heritage'] }],
    ['drops unknown countries', { countries: ['FR', 'DE', 'ZZ'] }, { countries: ['DE'] }],
    [
      'keeps direction and relations',
      { direction: 'incoming', relations: ['informal'] },
      { direction: 'incoming', relations: ['informal'] },
    ],
    [
      'keeps a range inside the data',
      { years: { from: 2016, to: 2017 } },
      { years: { from: 2016, to: 2017 } },
    ],
    [
      'clamps a range reaching out',
      { years: { from: 2010, to: 2017 } },
      { years: { from: 2015, to: 2017 } },
    ],
    [
      'clamps a range reaching past',
      { years: { from: 2018, to: 2030 } },
      { years: { from: 2018, to: 2019 } },
    ],
    ['drops a range before the data', { years: { from: 2000, to: 2014 } }, {}],
    ['drops a range after the data', { years: { from: 2020, to: 2020 } }, {}],
    ['drops a range covering all the data', { years: { from: 2015, to: 2019 } }, {}],
    ['drops a range clamped to all the data', { years: { from: 1990, to: 2030 } }, {}],
  ])('%s', (_, state, expected) => {
    expect(sanitizeFacets(facets(state), known)).toEqual(facets(expected));
  });

  it('drops a year range when the data has no visits', () => {
    const state = facets({ years: { from: 2019, to: 2019 } });
    expect(sanitizeFacets(state, { ...known, years: null }).years).toBeNull();
  });

  it('drops any year range when the data spans one year', () => {
    const state = facets({ years: { from: 2019, to: 2019 } });
    expect(sanitizeFacets(state, { ...known, years: { min: 2019, max: 2019 } }).years).toBeNull();
  });
});
