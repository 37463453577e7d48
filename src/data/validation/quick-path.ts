import type { Cooperation, City, Hub, LocalizedText, Source, Theme, Visit } from '../schema';
import {
  DIRECTIONS,
  FIRST_YEAR,
  HTTPS_URL,
  LAST_YEAR,
  MAX_DURATION_DAYS,
  MAX_ID_LENGTH,
  RELATIONS,
  SIDES,
  TEXT_VISIBLE,
} from '../contract-constants';
import { isRecord } from '../is-record';
import { checkCooperation, type CheckOptions, type ShapeCheck } from './check-cooperation';

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

// The hot patterns (text, id, country) are checked by hand below: quick-path.test.ts proves
// those checks agree with the patterns on every code unit and every short string it can build.

/** zod 4's `z.iso.date()` pattern (regexes.date): YYYY-MM-DD with real days, leap years included. */
export const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

type Fields = Record<string, unknown>;

const HUB_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'country', 'lat', 'lng']);
const SOURCE_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'year', 'url']);
const PARTNERSHIP_KEYS: ReadonlySet<string> = new Set(['signed', 'areas', 'url']);
const THEME_KEYS: ReadonlySet<string> = new Set(['id', 'label']);
const CITY_KEYS: ReadonlySet<string> = new Set([
  'id',
  'name',
  'country',
  'lat',
  'lng',
  'relation',
  'partnerSince',
  'partnership',
  'description',
]);
const PARTICIPANT_KEYS: ReadonlySet<string> = new Set(['name', 'side', 'count']);
const VISIT_KEYS: ReadonlySet<string> = new Set([
  'id',
  'cityIds',
  'year',
  'date',
  'direction',
  'title',
  'summary',
  'participants',
  'places',
  'durationDays',
  'themes',
  'sourceId',
  'note',
]);

/** z.enum(options): one of them, compared with ===. */
function isOneOf(options: readonly string[], value: unknown): boolean {
  return options.includes(value as string);
}

/** strictObject: every key `for...in` yields is declared. */
function hasOnlyKeys(value: Fields, keys: ReadonlySet<string>): boolean {
  for (const key in value) {
    if (!keys.has(key)) return false;
  }
  return true;
}

/** `\s` at one position: sticky, so it tests there without scanning or slicing. */
const SPACE_AT = /\s/y;

/** Whether the code unit at `index` is `\s`: ASCII by hand, the rest by the engine's own table. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  SPACE_AT.lastIndex = index;
  return SPACE_AT.test(text);
}

/**
 * TEXT_FORMAT and TEXT_VISIBLE, in constant time for nearly every text (regexes cost more than
 * everything else here, and summaries are long):
 * - TEXT_FORMAT matches exactly when the text is not empty and neither its first nor its last
 *   code point is `\s`. Every `\s` character is a single code unit outside the surrogates, so
 *   the first and last code units decide the same.
 * - TEXT_VISIBLE: every ASCII character from "!" to "~" is a letter, digit, punctuation mark or
 *   symbol, so a text starting with one is visible; any other text asks the regex itself.
 */
function isText(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  if (isSpaceAt(value, 0) || isSpaceAt(value, value.length - 1)) return false;
  const first = value.charCodeAt(0);
  return (first >= 0x21 && first <= 0x7e) || TEXT_VISIBLE.test(value);
}

function isLocalized(value: unknown): value is LocalizedText {
  if (!isRecord(value)) return false;
  for (const key in value) {
    if (key !== 'pl' && key !== 'en') return false;
  }
  return isText(value.pl) && isText(value.en);
}

/**
 * ID_FORMAT by hand: runs of a-z and 0-9 joined by single hyphens, none at either end, and at
 * most MAX_ID_LENGTH long. `afterHyphen` starts true, so a leading hyphen fails like a doubled one.
 */
function isId(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID_LENGTH) return false;
  let afterHyphen = true;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) afterHyphen = false;
    else if (code === 0x2d && !afterHyphen) afterHyphen = true;
    else return false;
  }
  return !afterHyphen;
}

/** COUNTRY_FORMAT by hand: two letters A-Z. */
function isCountry(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 2) return false;
  const first = value.charCodeAt(0);
  const second = value.charCodeAt(1);
  return first >= 0x41 && first <= 0x5a && second >= 0x41 && second <= 0x5a;
}

// NaN and ±Infinity fail the comparisons, as z.number() rejects them.
function isLatitude(value: unknown): value is number {
  return typeof value === 'number' && value >= -90 && value <= 90;
}

function isLongitude(value: unknown): value is number {
  return typeof value === 'number' && value >= -180 && value <= 180;
}

function isYear(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= FIRST_YEAR && (value as number) <= LAST_YEAR
  );
}

/** z.number().int().positive(): .int() also bounds it to the safe integers. */
function isPositiveInt(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0;
}

/** The refine both hub and city carry; -0 === 0, as in schema.ts. */
function isNullIsland(lat: number, lng: number): boolean {
  return lat === 0 && lng === 0;
}

function isIdList(value: unknown, minLength: number): value is string[] {
  if (!Array.isArray(value) || value.length < minLength) return false;
  for (let index = 0; index < value.length; index += 1) {
    if (!isId(value[index])) return false;
  }
  return true;
}

function isParticipant(value: unknown): boolean {
  if (!isRecord(value) || !hasOnlyKeys(value, PARTICIPANT_KEYS)) return false;
  const { side, count } = value;
  return (
    isOneOf(SIDES, side) && (count === undefined || isPositiveInt(count)) && isLocalized(value.name)
  );
}

function isPlace(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) {
    if (key !== 'name') return false;
  }
  return isLocalized(value.name);
}

function isParticipantList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index += 1) {
    if (!isParticipant(value[index])) return false;
  }
  return true;
}

function isPlaceList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index += 1) {
    if (!isPlace(value[index])) return false;
  }
  return true;
}

/**
 * schema.ts's dateMatchesYear for a date that passed ISO_DATE and a year that passed isYear:
 * `date.startsWith(`${year}-`)`. Both are four ASCII digits there, so compare them as numbers
 * (no string built per visit).
 */
function dateInYear(date: string, year: number): boolean {
  const digits =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  return digits === year;
}

function isHttpsUrl(value: unknown): value is string {
  return typeof value === 'string' && HTTPS_URL.test(value);
}

function isTextList(value: unknown): value is string[] {
  if (!Array.isArray(value) || value.length < 1) return false;
  for (let index = 0; index < value.length; index += 1) {
    if (!isText(value[index])) return false;
  }
  return true;
}

/** schema.ts's partnershipAreasSchema: two non-empty lists of texts, as long as each other. */
function isAreas(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) {
    if (key !== 'pl' && key !== 'en') return false;
  }
  const { pl, en } = value;
  return isTextList(pl) && isTextList(en) && pl.length === en.length;
}

function isPartnership(value: unknown): boolean {
  if (!isRecord(value) || !hasOnlyKeys(value, PARTNERSHIP_KEYS)) return false;
  const { signed, areas, url } = value;
  return (
    (signed === undefined || (typeof signed === 'string' && ISO_DATE.test(signed))) &&
    (areas === undefined || isAreas(areas)) &&
    (url === undefined || isHttpsUrl(url))
  );
}

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
