import type { Cooperation, City, Hub, Source, Theme, Visit } from '../schema';
import { DIRECTIONS, MAX_DURATION_DAYS, RELATIONS } from '../contract-constants';
import { isRecord } from '../is-record';
import { checkCooperation, type CheckOptions, type ShapeCheck } from './check-cooperation';
import {
  ISO_DATE,
  HUB_KEYS,
  SOURCE_KEYS,
  THEME_KEYS,
  CITY_KEYS,
  VISIT_KEYS,
  isOneOf,
  hasOnlyKeys,
  isLocalized,
  isId,
  isCountry,
  isLatitude,
  isLongitude,
  isYear,
  isPositiveInt,
  isNullIsland,
  isIdList,
  isParticipantList,
  isPlaceList,
  dateInYear,
  isHttpsUrl,
  isPartnership,
} from './quick-field-guards';

export { ISO_DATE } from './quick-field-guards';

/**
 * The quick path: checkCooperation with type guards in place of zod, for a file that follows
 * the data contract and has no mistake, which is the file almost always. No zod and no words
 * to download. The guards earn their place (bench/results.json, "validation"): on a 10 MB
 * file they check the shapes about ten times faster than zod or zod/mini (both jitless, as
 * the CSP wants), and they add 2 KB gzip to the first download where zod/mini would add 9
 * and zod 28. At any problem the quick path says only "not valid": the precise path
 * (precise-path.ts) then says what is wrong.
 *
 * The guards return true exactly when the matching zod schema in ../schema.ts (hubSchema,
 * sourceSchema, themeSchema, citySchema, visitSchema) accepts the value. They give no
 * reasons. quick-path.test.ts compares every guard with its schema on thousands of mutated
 * entries.
 *
 * What they mirror, from zod 4's own code (node_modules/zod/v4/core):
 * - strictObject: the value must be an object, not null and not an array. Each declared key
 *   is read as `value[key]`, so an inherited property counts as present; an optional key that
 *   is present with the value undefined is accepted. Every key that `for...in` yields (own or
 *   inherited, enumerable, never a symbol) must be declared, `__proto__` included.
 * - z.number(): a finite number (no NaN, no ±Infinity); -0 counts as 0.
 * - .int(): Number.isInteger within the safe integer range (Number.isSafeInteger).
 * - .positive(): > 0; .min/.max: inclusive.
 * - z.array(): Array.isArray; each index below `length` is read, so a hole fails like
 *   undefined; other properties of the array are ignored. .min(1): length >= 1.
 * - z.iso.date(): zod's date regex, copied below (it knows leap years).
 * - The refines (null island, dateMatchesYear) run on values that passed the field checks.
 *
 * zod has no transforms in these schemas: for any value the guards accept, zod's output is a
 * fresh copy deep-equal to the input (the test checks this too), so callers may keep the input.
 * Two differences no reader of the data sees: zod's copy lists each object's keys in the
 * schema's order (the input keeps the file's), and it is a copy (the input is JSON.parse's own
 * objects, which nothing else holds).
 */

export function isHub(value: unknown): value is Hub {
  if (!isRecord(value) || !hasOnlyKeys(value, HUB_KEYS)) return false;
  const { lat, lng } = value;
  return (
    isLatitude(lat) &&
    isLongitude(lng) &&
    !isNullIsland(lat, lng) &&
    isId(value.id) &&
    isCountry(value.country) &&
    isLocalized(value.name)
  );
}

export function isSource(value: unknown): value is Source {
  if (!isRecord(value) || !hasOnlyKeys(value, SOURCE_KEYS)) return false;
  const { year, url } = value;
  return (
    (year === undefined || isYear(year)) &&
    (url === undefined || isHttpsUrl(url)) &&
    isId(value.id) &&
    isLocalized(value.title)
  );
}

export function isTheme(value: unknown): value is Theme {
  if (!isRecord(value) || !hasOnlyKeys(value, THEME_KEYS)) return false;
  return isId(value.id) && isLocalized(value.label);
}

export function isCity(value: unknown): value is City {
  if (!isRecord(value) || !hasOnlyKeys(value, CITY_KEYS)) return false;
  const { lat, lng, relation, partnerSince, partnership, description } = value;
  return (
    isLatitude(lat) &&
    isLongitude(lng) &&
    !isNullIsland(lat, lng) &&
    isOneOf(RELATIONS, relation) &&
    (partnerSince === undefined || isYear(partnerSince)) &&
    (partnership === undefined || isPartnership(partnership)) &&
    isId(value.id) &&
    isCountry(value.country) &&
    isLocalized(value.name) &&
    (description === undefined || isLocalized(description))
  );
}

export function isVisit(value: unknown): value is Visit {
  if (!isRecord(value) || !hasOnlyKeys(value, VISIT_KEYS)) return false;
  const { year, date, direction, durationDays, places, note } = value;
  if (!isYear(year)) return false;
  if (date !== undefined) {
    if (typeof date !== 'string' || !ISO_DATE.test(date) || !dateInYear(date, year)) return false;
  }
  return (
    isOneOf(DIRECTIONS, direction) &&
    (durationDays === undefined ||
      (isPositiveInt(durationDays) && durationDays <= MAX_DURATION_DAYS)) &&
    isId(value.id) &&
    isId(value.sourceId) &&
    isIdList(value.cityIds, 1) &&
    isIdList(value.themes, 0) &&
    isLocalized(value.title) &&
    isLocalized(value.summary) &&
    isParticipantList(value.participants) &&
    (places === undefined || isPlaceList(places)) &&
    (note === undefined || isLocalized(note))
  );
}

/** The quick path's verdict: the data when the file has no problem at all, else only "not valid". */
export type QuickResult =
  { readonly valid: true; readonly data: Cooperation } | { readonly valid: false };

/**
 * The file checked with the guards: valid when it follows the contract and the checks of
 * meaning (unique ids, references, years, places) find nothing, not even a warning, so the
 * result is what the precise path would give. A unit test compares the two.
 */
export function checkQuickly(json: unknown, options: CheckOptions = {}): QuickResult {
  let valid = true;
  const notValid = () => {
    valid = false;
    return undefined;
  };
  const shape =
    <T>(guard: (value: unknown) => value is T): ShapeCheck<T> =>
    (raw) =>
      guard(raw) ? raw : notValid();
  const shapes = {
    hub: shape(isHub),
    source: shape(isSource),
    theme: shape(isTheme),
    city: shape(isCity),
    visit: shape(isVisit),
  };
  const { data } = checkCooperation(json, shapes, notValid, options);
  return valid && data !== null ? { valid: true, data } : { valid: false };
}
