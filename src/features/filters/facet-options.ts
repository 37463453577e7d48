import { DIRECTIONS, RELATIONS } from '../../data/contract-constants';
import type { Direction, Relation } from '../../data/schema';
import type { FacetCounts, FacetState, YearRange } from './facets';

/** One choice of a facet as the controls show it. */
export interface FacetOption<T> {
  value: T;
  /** What choosing it would show, the other facets staying as they are. */
  count: number;
  selected: boolean;
  /** Nothing to show, so it cannot be chosen; a chosen option stays enabled to be unchosen. */
  disabled: boolean;
}

export interface CountryOption extends FacetOption<string> {
  /** The country's name in the interface language. */
  name: string;
}

function option<T>(value: T, count: number, selected: boolean): FacetOption<T> {
  return { value, count, selected, disabled: count === 0 && !selected };
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** "All" (null) first, never disabled, counting both directions; then DIRECTIONS in order. */
export function directionOptions(
  counts: FacetCounts['directions'],
  direction: Direction | null,
): FacetOption<Direction | null>[] {
  return [
    { value: null, count: sum(counts.values()), selected: direction === null, disabled: false },
    ...DIRECTIONS.map((value) => option(value, counts.get(value) ?? 0, direction === value)),
  ];
}

export function relationOptions(
  counts: FacetCounts['relations'],
  relations: readonly Relation[],
): FacetOption<Relation>[] {
  return RELATIONS.map((value) => option(value, counts.get(value) ?? 0, relations.includes(value)));
}

/**
 * The data's countries by name in the reader's language (`compare` is a collator's), which for
 * Polish puts Łotwa between Litwa and Malta; equal names keep the order of their codes.
 */
export function countryOptions(
  counts: FacetCounts['countries'],
  selected: readonly string[],
  countryName: (code: string) => string,
  compare: (a: string, b: string) => number,
): CountryOption[] {
  const options = [...counts].map(([code, count]) => ({
    ...option(code, count, selected.includes(code)),
    name: countryName(code),
  }));
  return options.sort((a, b) => compare(a.name, b.name) || (a.value < b.value ? -1 : 1));
}

/** The first and last year of the data; null when it holds fewer than two years, so no range. */
export function yearSpan(counts: FacetCounts['years']): YearRange | null {
  const years = [...counts.keys()];
  if (years.length < 2) return null;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** The range the sliders show: the chosen one kept inside the span, or the whole span. */
export function shownYears(span: YearRange, chosen: YearRange | null): YearRange {
  if (chosen === null) return span;
  const from = Math.min(Math.max(chosen.from, span.from), span.to);
  const to = Math.max(Math.min(chosen.to, span.to), from);
  return { from, to };
}

/** The filter a slider position means: the whole span is no filter. */
export function yearsFilter(span: YearRange, range: YearRange): YearRange | null {
  return range.from <= span.from && range.to >= span.to ? null : range;
}

/** Moves one end of the range; it stops at the other end instead of crossing it. */
export function moveYearEnd(range: YearRange, end: keyof YearRange, year: number): YearRange {
  return end === 'from'
    ? { from: Math.min(year, range.to), to: range.to }
    : { from: range.from, to: Math.max(year, range.from) };
}

/** Visits in the years from `range.from` to `range.to`, under the other facets. */
export function visitsInYears(counts: FacetCounts['years'], range: YearRange): number {
  let total = 0;
  for (const [year, visits] of counts) if (year >= range.from && year <= range.to) total += visits;
  return total;
}

/** The list with `value` added at the end, or taken out if it is there. */
export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

/** How many choices the controls beside the themes hold (a year range counts once). */
export function activeChoices(state: FacetState): number {
  return (
    (state.direction === null ? 0 : 1) +
    state.relations.length +
    state.countries.length +
    (state.years === null ? 0 : 1)
  );
}
