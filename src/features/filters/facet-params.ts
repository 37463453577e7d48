import { COUNTRY_FORMAT, DIRECTIONS, isId, RELATIONS } from '../../data/contract-constants';
import type { Direction, Relation } from '../../data/schema';
import type { KnownFacetValues } from './facet-index';
import type { FacetState, YearRange } from './facets';

/**
 * The address parameters the facets own, in the order they are written:
 * `?themes=sport,culture&direction=incoming&relation=partner&country=DE,UA&years=2019-2021`.
 */
export const FACET_PARAMS = ['themes', 'direction', 'relation', 'country', 'years'] as const;
export type FacetParam = (typeof FACET_PARAMS)[number];

// An en dash too: people copy ranges from typeset text.
const YEARS = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/;

/** The comma-separated values of one parameter, trimmed, each once, in their order. */
function list(params: URLSearchParams, name: FacetParam, normalize: (value: string) => string) {
  const values = (params.get(name) ?? '').split(',').map((value) => normalize(value.trim()));
  return [...new Set(values)];
}

function lower(value: string): string {
  return value.toLowerCase();
}

function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}

function isRelation(value: string): value is Relation {
  return (RELATIONS as readonly string[]).includes(value);
}

/** `2019` or `2019-2021`; a reversed range is read the right way round. */
function parseYears(text: string | null): YearRange | null {
  const match = YEARS.exec(text?.trim() ?? '');
  if (!match?.[1]) return null;
  const first = Number(match[1]);
  const second = match[2] === undefined ? first : Number(match[2]);
  return { from: Math.min(first, second), to: Math.max(first, second) };
}

/**
 * Reads the facets from the address; malformed values are dropped, never thrown on. Of a
 * repeated parameter the first counts, as for `city`.
 */
export function parseFacetParams(params: URLSearchParams): FacetState {
  const direction = params.get('direction')?.trim().toLowerCase() ?? '';
  return {
    themes: list(params, 'themes', lower).filter(isId),
    direction: isDirection(direction) ? direction : null,
    relations: list(params, 'relation', lower).filter(isRelation),
    countries: list(params, 'country', (value) => value.toUpperCase()).filter((code) =>
      COUNTRY_FORMAT.test(code),
    ),
    years: parseYears(params.get('years')),
  };
}

function formatYears({ from, to }: YearRange): string {
  return from === to ? String(from) : `${from}-${to}`;
}

/** The facet parameters to write, in FACET_PARAMS order, leaving out facets with no filter. */
export function facetParamEntries(state: FacetState): [FacetParam, string][] {
  const entries: [FacetParam, string | null][] = [
    ['themes', state.themes.join(',') || null],
    ['direction', state.direction],
    ['relation', state.relations.join(',') || null],
    ['country', state.countries.join(',') || null],
    ['years', state.years && formatYears(state.years)],
  ];
  return entries.filter((entry): entry is [FacetParam, string] => entry[1] !== null);
}

/**
 * Keeps only values the data knows, so a stale or mistyped link still opens a sensible view.
 * A year range is clamped to the data's years; one wholly outside them, or covering all of
 * them, is no filter.
 */
export function sanitizeFacets(state: FacetState, known: KnownFacetValues): FacetState {
  return {
    themes: state.themes.filter((theme) => known.themeIds.has(theme)),
    direction: state.direction,
    relations: state.relations,
    countries: state.countries.filter((country) => known.countries.has(country)),
    years: clampYears(state.years, known.years),
  };
}

function clampYears(range: YearRange | null, span: KnownFacetValues['years']): YearRange | null {
  if (range === null || span === null) return null;
  const from = Math.max(range.from, span.min);
  const to = Math.min(range.to, span.max);
  if (from > to || (from === span.min && to === span.max)) return null;
  return { from, to };
}
