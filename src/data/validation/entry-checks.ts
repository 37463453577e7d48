import type { City, Hub, Source, Visit } from '../schema';
import { countryCodeFor, isCountryCode } from './country-codes';
import { error, warning, type Finding } from './finding';
import type { DataPath } from './problem';
import type { References } from './references';

/**
 * Where a point lies against its stated country: in it (or near enough), in it only with
 * lat and lng swapped, inside another country, far from any, or 'unknown' when that cannot
 * be told cheaply.
 */
export type PlaceVerdict =
  'inside' | 'swapped' | { readonly elsewhere: string } | 'outside' | 'unknown';
export type PlaceCheck = (point: { lat: number; lng: number; country: string }) => PlaceVerdict;

/** An entry that passed its shape check, with its place in its list. */
export interface Entry<T> {
  readonly index: number;
  readonly value: T;
}

export interface CheckContext {
  readonly currentYear: number;
  readonly futureYears: 'error' | 'warning';
  readonly checkPlace: PlaceCheck;
}

/** The country code and, where the caller can tell, whether the point lies in that country. */
export function placeProblems(point: Hub | City, path: DataPath, context: CheckContext): Finding[] {
  const { lat, lng, country } = point;
  if (!isCountryCode(country)) {
    return [
      error([...path, 'country'], (words) =>
        words.messages.unknownCountry(country, countryCodeFor(country)),
      ),
    ];
  }
  const verdict = context.checkPlace(point);
  if (verdict === 'swapped') {
    return [
      error([...path, 'lat'], (words) => words.messages.swappedCoordinates(lat, lng, country)),
    ];
  }
  if (typeof verdict === 'object') {
    return [
      error([...path, 'country'], (words) =>
        words.messages.otherCountry(lat, lng, country, verdict.elsewhere),
      ),
    ];
  }
  if (verdict === 'outside') {
    return [warning([...path, 'lat'], (words) => words.messages.outsideCountry(lat, lng, country))];
  }
  return [];
}

/** A year after the current one; `path` is built only for a finding (a valid file has none). */
function futureYear(
  year: number | undefined,
  path: () => DataPath,
  context: CheckContext,
): Finding[] {
  const { currentYear, futureYears } = context;
  if (year === undefined || year <= currentYear) return [];
  const finding = futureYears === 'error' ? error : warning;
  return [finding(path(), (words) => words.messages.futureYear(year, currentYear))];
}

export function sourceProblems({ index, value }: Entry<Source>, context: CheckContext) {
  return futureYear(value.year, () => ['sources', index, 'year'], context);
}

export function cityProblems({ index, value: city }: Entry<City>, context: CheckContext) {
  const path = ['cities', index];
  const findings = [
    ...futureYear(city.partnerSince, () => [...path, 'partnerSince'], context),
    ...placeProblems(city, path, context),
  ];
  if (city.partnerSince !== undefined && city.relation === 'informal') {
    findings.push(
      warning([...path, 'partnerSince'], (words) => words.messages.partnerSinceInformal()),
    );
  }
  const { partnership, partnerSince } = city;
  if (partnership !== undefined && city.relation !== 'partner') {
    findings.push(error([...path, 'partnership'], (words) => words.messages.partnershipInformal()));
  }
  const signed = partnership?.signed;
  if (signed !== undefined && signed.slice(0, 4) !== String(partnerSince)) {
    findings.push(
      error([...path, 'partnership', 'signed'], (words) =>
        words.messages.signedYear(signed, partnerSince),
      ),
    );
  }
  return findings;
}

function repeated(ids: readonly string[], path: DataPath): Finding[] {
  // Most lists name one city or theme: nothing to repeat.
  if (ids.length < 2) return [];
  const seen = new Set<string>();
  return ids.flatMap((id, index) => {
    const again = seen.has(id);
    seen.add(id);
    return again
      ? [warning([...path, index], (words) => words.messages.repeatedReference(id))]
      : [];
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
): Finding[] {
  const path = ['visits', index];
  // Called for every visit of a large file: the paths are built only for a finding.
  const findings = futureYear(visit.year, () => [...path, 'year'], context);
  const check = (references: References, ids: readonly string[], key: string) => {
    ids.forEach((id, at) => {
      const found = references.check(id, () => [...path, key, at]);
      if (found) findings.push(found);
    });
  };
  check(refs.city, visit.cityIds, 'cityIds');
  check(refs.theme, visit.themes, 'themes');
  const source = refs.source.check(visit.sourceId, () => [...path, 'sourceId']);
  if (source) findings.push(source);
  findings.push(
    ...repeated(visit.cityIds, [...path, 'cityIds']),
    ...repeated(visit.themes, [...path, 'themes']),
  );
  return findings;
}
