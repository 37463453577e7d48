import { DIRECTIONS, RELATIONS } from '../../data/contract-constants';
import type { City, Direction, Relation, Visit } from '../../data/schema';
import type { FacetIndex } from './facet-index';
import type { FilterResult } from '../../data/filter-result';

/** Both ends included. */
export interface YearRange {
  from: number;
  to: number;
}

/**
 * What the reader has narrowed the map to. Within a facet the chosen options are alternatives
 * (any of them); across facets all must hold. Empty lists and null mean "no filter".
 */
export interface FacetState {
  themes: readonly string[];
  direction: Direction | null;
  relations: readonly Relation[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: readonly string[];
  years: YearRange | null;
}

export const EMPTY_FACETS: FacetState = {
  themes: [],
  direction: null,
  relations: [],
  countries: [],
  years: null,
};

/**
 * For every option of every facet, what choosing that option alone in its facet would show,
 * the other facets staying as they are. Options the data holds but nothing matches count 0.
 * Map order is display order: themes as declared, directions and relations as in DIRECTIONS
 * and RELATIONS, countries by code, years ascending.
 */
export interface FacetCounts {
  /** Visits. */
  themes: ReadonlyMap<string, number>;
  /** Visits. */
  directions: ReadonlyMap<Direction, number>;
  /** Cities. */
  relations: ReadonlyMap<Relation, number>;
  /** Cities. */
  countries: ReadonlyMap<string, number>;
  /** Visits. */
  years: ReadonlyMap<number, number>;
}

// The loops below read typed arrays at indexes kept in bounds by construction: their `!` only
// answers noUncheckedIndexedAccess.

/** 1 where a row passes; null when the facet is not active, meaning every row passes. */
type Mask = Uint8Array | null;

function passes(mask: Mask, row: number): boolean {
  return mask === null || mask[row] === 1;
}

function chosen(values: readonly string[], numbers: ReadonlyMap<string, number>, size: number) {
  const flags = new Uint8Array(size);
  for (const value of values) {
    const number = numbers.get(value);
    if (number !== undefined) flags[number] = 1;
  }
  return flags;
}

function themeMask(facets: FacetIndex, themes: readonly string[]): Mask {
  if (themes.length === 0) return null;
  const wanted = chosen(themes, facets.themeNumbers, facets.themeIds.length);
  const { visitThemeStart: start, visitThemes } = facets;
  const mask = new Uint8Array(facets.visits.length);
  for (let v = 0; v < mask.length; v++) {
    for (let k = start[v]!; k < start[v + 1]!; k++) {
      if (wanted[visitThemes[k]!] === 1) {
        mask[v] = 1;
        break;
      }
    }
  }
  return mask;
}

/** 1 for each row whose option number is wanted. */
function rowsWith(numbers: Uint32Array, wanted: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(numbers.length);
  for (let row = 0; row < numbers.length; row++) mask[row] = wanted[numbers[row]!]!;
  return mask;
}

function directionMask(facets: FacetIndex, direction: Direction | null): Mask {
  if (direction === null) return null;
  return rowsWith(
    facets.visitDirection,
    DIRECTIONS.map((option) => (option === direction ? 1 : 0)),
  );
}

function yearMask(facets: FacetIndex, range: YearRange | null): Mask {
  if (range === null) return null;
  const wanted = facets.years.map((year) => (year >= range.from && year <= range.to ? 1 : 0));
  return rowsWith(facets.visitYear, wanted);
}

function relationMask(facets: FacetIndex, relations: readonly Relation[]): Mask {
  if (relations.length === 0) return null;
  const wanted = RELATIONS.map((relation) => (relations.includes(relation) ? 1 : 0));
  return rowsWith(facets.cityRelation, wanted);
}

function countryMask(facets: FacetIndex, countries: readonly string[]): Mask {
  if (countries.length === 0) return null;
  const wanted = chosen(countries, facets.countryNumbers, facets.countries.length);
  return rowsWith(facets.cityCountry, wanted);
}

/** Rows that pass every mask; null when no mask is active. */
function both(a: Mask, b: Mask): Mask {
  if (a === null) return b;
  if (b === null) return a;
  const mask = new Uint8Array(a.length);
  for (let row = 0; row < a.length; row++) mask[row] = a[row]! & b[row]!;
  return mask;
}

function masks(facets: FacetIndex, state: FacetState) {
  return {
    theme: themeMask(facets, state.themes),
    direction: directionMask(facets, state.direction),
    years: yearMask(facets, state.years),
    relation: relationMask(facets, state.relations),
    country: countryMask(facets, state.countries),
  };
}

/**
 * Themes, direction and years judge visits: while any of them is active a city stays only with
 * at least one visit that passes all three, and shows only those visits. Relation and country
 * judge cities, so alone they keep cities without visits, like no filter at all does. With
 * themes alone this gives what filterByThemes gives.
 */
export function filterByFacets(facets: FacetIndex, state: FacetState): FilterResult {
  const mask = masks(facets, state);
  const visitPasses = both(both(mask.theme, mask.direction), mask.years);
  const cityPasses = both(mask.relation, mask.country);
  const { cityVisitStart: start, cityVisits } = facets;
  const cities: City[] = [];
  const visitsByCity = new Map<string, readonly Visit[]>();
  for (let c = 0; c < facets.cities.length; c++) {
    if (!passes(cityPasses, c)) continue;
    const city = facets.cities[c]!;
    if (visitPasses === null) {
      cities.push(city);
      visitsByCity.set(city.id, facets.cityVisitLists[c]!);
      continue;
    }
    const matching: Visit[] = [];
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const v = cityVisits[k]!;
      if (visitPasses[v] === 1) matching.push(facets.visits[v]!);
    }
    if (matching.length > 0) {
      cities.push(city);
      visitsByCity.set(city.id, matching);
    }
  }
  return { cities, visitsByCity };
}

function countsByOption<T>(options: readonly T[], counts: Uint32Array): Map<T, number> {
  return new Map(options.map((option, number) => [option, counts[number]!]));
}

/**
 * Counts as FacetCounts describes: a visit counts once, however many of its cities are shown,
 * and only when at least one of them passes relation and country; a city counts when it would
 * be shown.
 */
export function facetCounts(facets: FacetIndex, state: FacetState): FacetCounts {
  const mask = masks(facets, state);
  const { cityVisitStart: start, cityVisits, visitThemeStart, visitThemes } = facets;

  const cityPasses = both(mask.relation, mask.country);
  const reached = new Uint8Array(facets.visits.length);
  for (let c = 0; c < facets.cities.length; c++) {
    if (!passes(cityPasses, c)) continue;
    for (let k = start[c]!; k < start[c + 1]!; k++) reached[cityVisits[k]!] = 1;
  }

  const themes = new Uint32Array(facets.themeIds.length);
  const directions = new Uint32Array(DIRECTIONS.length);
  const years = new Uint32Array(facets.years.length);
  for (let v = 0; v < reached.length; v++) {
    if (reached[v] === 0) continue;
    const theme = passes(mask.theme, v);
    const direction = passes(mask.direction, v);
    const year = passes(mask.years, v);
    if (direction && year) {
      for (let k = visitThemeStart[v]!; k < visitThemeStart[v + 1]!; k++) {
        themes[visitThemes[k]!]! += 1;
      }
    }
    if (theme && year) directions[facets.visitDirection[v]!]! += 1;
    if (theme && direction) years[facets.visitYear[v]!]! += 1;
  }

  const visitPasses = both(both(mask.theme, mask.direction), mask.years);
  const relations = new Uint32Array(RELATIONS.length);
  const countries = new Uint32Array(facets.countries.length);
  for (let c = 0; c < facets.cities.length; c++) {
    if (visitPasses !== null && !hasVisitIn(facets, c, visitPasses)) continue;
    if (passes(mask.country, c)) relations[facets.cityRelation[c]!]! += 1;
    if (passes(mask.relation, c)) countries[facets.cityCountry[c]!]! += 1;
  }

  return {
    themes: countsByOption(facets.themeIds, themes),
    directions: countsByOption(DIRECTIONS, directions),
    relations: countsByOption(RELATIONS, relations),
    countries: countsByOption(facets.countries, countries),
    years: countsByOption(facets.years, years),
  };
}

function hasVisitIn(facets: FacetIndex, city: number, visitPasses: Uint8Array): boolean {
  const { cityVisitStart: start, cityVisits } = facets;
  for (let k = start[city]!; k < start[city + 1]!; k++) {
    if (visitPasses[cityVisits[k]!] === 1) return true;
  }
  return false;
}
