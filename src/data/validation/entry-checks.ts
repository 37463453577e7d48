import type { City, Hub, Source, Visit } from '../schema';
import { countryCodeFor, isCountryCode } from './country-codes';
import { error, warning, type Entry } from './entries';
import type { DataPath, Problem } from './problem';
import type { References } from './references';
import type { Wording } from './wording';

/**
 * Where a point lies against its stated country: in it (or near enough), in it only with
 * lat and lng swapped, inside another country, far from any, or 'unknown' when that cannot
 * be told cheaply.
 */
export type PlaceVerdict =
  'inside' | 'swapped' | { readonly elsewhere: string } | 'outside' | 'unknown';
export type PlaceCheck = (point: { lat: number; lng: number; country: string }) => PlaceVerdict;

export interface CheckContext {
  readonly currentYear: number;
  readonly futureYears: 'error' | 'warning';
  readonly checkPlace: PlaceCheck;
  readonly wording: Wording;
}

/** The messages, asked for only once a problem is found (the quick path has none). */
const say = (context: CheckContext) => context.wording.messages;

/** The country code and, where the caller can tell, whether the point lies in that country. */
export function placeProblems(point: Hub | City, path: DataPath, context: CheckContext): Problem[] {
  if (!isCountryCode(point.country)) {
    const meant = countryCodeFor(point.country);
    return [error([...path, 'country'], say(context).unknownCountry(point.country, meant))];
  }
  const verdict = context.checkPlace(point);
  if (verdict === 'swapped') {
    const { lat, lng, country } = point;
    return [error([...path, 'lat'], say(context).swappedCoordinates(lat, lng, country))];
  }
  if (typeof verdict === 'object') {
    const { lat, lng, country } = point;
    const message = say(context).otherCountry(lat, lng, country, verdict.elsewhere);
    return [error([...path, 'country'], message)];
  }
  if (verdict === 'outside') {
    const { lat, lng, country } = point;
    return [warning([...path, 'lat'], say(context).outsideCountry(lat, lng, country))];
  }
  return [];
}

function futureYear(year: number | undefined, path: DataPath, context: CheckContext) {
  const { currentYear, futureYears } = context;
  if (year === undefined || year <= currentYear) return [];
  const problem = futureYears === 'error' ? error : warning;
  return [problem(path, say(context).futureYear(year, currentYear))];
}

export function sourceProblems({ index, value }: Entry<Source>, context: CheckContext) {
  return futureYear(value.year, ['sources', index, 'year'], context);
}

export function cityProblems({ index, value: city }: Entry<City>, context: CheckContext) {
  const path = ['cities', index];
  const problems = [
    ...futureYear(city.partnerSince, [...path, 'partnerSince'], context),
    ...placeProblems(city, path, context),
  ];
  if (city.partnerSince !== undefined && city.relation === 'informal') {
    problems.push(warning([...path, 'partnerSince'], say(context).partnerSinceInformal()));
  }
  return problems;
}

function repeated(ids: readonly string[], path: DataPath, context: CheckContext): Problem[] {
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    const again = seen.has(id);
    seen.add(id);
    return again ? [warning([...path, index], say(context).repeatedReference(id))] : [];
  });
}

export interface VisitReferences {
  readonly city: References;
  readonly theme: References;
  readonly source: References;
}

export function visitProblems(
  { index, value: visit }: Entry<Visit>,
  refs: VisitReferences,
  context: CheckContext,
): Problem[] {
  const path = ['visits', index];
  const problems = [
    ...futureYear(visit.year, [...path, 'year'], context),
    ...visit.cityIds.map((id, at) => refs.city.check(id, [...path, 'cityIds', at])),
    ...visit.themes.map((id, at) => refs.theme.check(id, [...path, 'themes', at])),
    refs.source.check(visit.sourceId, [...path, 'sourceId']),
    ...repeated(visit.cityIds, [...path, 'cityIds'], context),
    ...repeated(visit.themes, [...path, 'themes'], context),
  ];
  return problems.filter((problem) => problem !== undefined);
}

/** Errors leave the entry out; warnings alone do not. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
