import type { CooperationIndex } from '../../data/cooperation-index';
import { DIRECTIONS, RELATIONS } from '../../data/contract-constants';
import type { City, Visit } from '../../data/schema';

/**
 * The data as numbered columns, built once per data file, so that a filter change walks typed
 * arrays and never compares strings. Visits and cities are numbered in the data's order;
 * themes, countries and years by their position in the option lists below.
 */
export interface FacetIndex {
  cities: readonly City[];
  visits: readonly Visit[];
  /** The declared themes in the data's order, then any a visit uses without declaring. */
  themeIds: readonly string[];
  /** The countries of the cities, sorted by code. */
  countries: readonly string[];
  /** The years of the visits, ascending. */
  years: readonly number[];

  themeNumbers: ReadonlyMap<string, number>;
  countryNumbers: ReadonlyMap<string, number>;
  cityCountry: Uint32Array;
  cityRelation: Uint32Array;
  /** Each city's visits as in CooperationIndex.visitsByCity, kept to hand out unfiltered. */
  cityVisitLists: readonly (readonly Visit[])[];
  /** City c's visit numbers are cityVisits[cityVisitStart[c] .. cityVisitStart[c + 1]). */
  cityVisitStart: Uint32Array;
  cityVisits: Uint32Array;
  visitYear: Uint32Array;
  visitDirection: Uint32Array;
  /** Visit v's theme numbers, each once, are visitThemes[visitThemeStart[v] .. [v + 1]). */
  visitThemeStart: Uint32Array;
  visitThemes: Uint32Array;
}

/** The option values the data holds, for dropping stale values from an address. */
export interface KnownFacetValues {
  themeIds: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  /** Null when there are no visits. */
  years: { min: number; max: number } | null;
}

function numbering<T>(values: readonly T[]): Map<T, number> {
  return new Map(values.map((value, position) => [value, position]));
}

function column<T>(rows: readonly T[], numberOf: (row: T) => number | undefined): Uint32Array {
  const numbers = new Uint32Array(rows.length);
  for (let row = 0; row < rows.length; row++) numbers[row] = numberOf(rows[row]!) ?? 0;
  return numbers;
}

/** Precomputes the columns that filterByFacets and facetCounts walk. */
export function buildFacetIndex(index: CooperationIndex): FacetIndex {
  const { cities, visits, themes } = index.data;
  const themeIds = themes.map((theme) => theme.id);
  const themeNumbers = numbering(themeIds);
  const visitThemeStart = new Uint32Array(visits.length + 1);
  const visitThemes: number[] = [];
  visits.forEach((visit, v) => {
    const start = visitThemes.length;
    for (const theme of visit.themes) {
      let number = themeNumbers.get(theme);
      if (number === undefined) {
        number = themeIds.push(theme) - 1;
        themeNumbers.set(theme, number);
      }
      if (!visitThemes.includes(number, start)) visitThemes.push(number);
    }
    visitThemeStart[v + 1] = visitThemes.length;
  });

  const countries = [...new Set(cities.map((city) => city.country))].sort();
  const countryNumbers = numbering(countries);
  const years = [...new Set(visits.map((visit) => visit.year))].sort((a, b) => a - b);
  const yearNumbers = numbering(years);
  const directionNumbers = numbering(DIRECTIONS);
  const relationNumbers = numbering(RELATIONS);
  const visitNumbers = numbering(visits);

  const cityVisitLists = cities.map((city) => index.visitsByCity.get(city.id) ?? []);
  const cityVisitStart = new Uint32Array(cities.length + 1);
  const cityVisits: number[] = [];
  cityVisitLists.forEach((list, c) => {
    for (const visit of list) cityVisits.push(visitNumbers.get(visit) ?? 0);
    cityVisitStart[c + 1] = cityVisits.length;
  });

  return {
    cities,
    visits,
    themeIds,
    countries,
    years,
    themeNumbers,
    countryNumbers,
    cityCountry: column(cities, (city) => countryNumbers.get(city.country)),
    cityRelation: column(cities, (city) => relationNumbers.get(city.relation)),
    cityVisitLists,
    cityVisitStart,
    cityVisits: new Uint32Array(cityVisits),
    visitYear: column(visits, (visit) => yearNumbers.get(visit.year)),
    visitDirection: column(visits, (visit) => directionNumbers.get(visit.direction)),
    visitThemeStart,
    visitThemes: new Uint32Array(visitThemes),
  };
}

/** The values sanitizeFacets keeps. */
export function knownFacetValues(facets: FacetIndex): KnownFacetValues {
  const first = facets.years[0];
  const last = facets.years[facets.years.length - 1];
  return {
    themeIds: new Set(facets.themeIds),
    countries: new Set(facets.countries),
    years: first === undefined || last === undefined ? null : { min: first, max: last },
  };
}
