import type { LocalizedText } from '../schema';
import {
  FIRST_YEAR,
  HTTPS_URL,
  LAST_YEAR,
  MAX_ID_LENGTH,
  SIDES,
  TEXT_VISIBLE,
} from '../contract-constants';
import { isRecord } from '../is-record';

/**
 * The quick path's checks of single fields (texts, ids, countries, coordinates, years, dates,
 * addresses, lists) and the keys each entry may have: what the entry guards in quick-path.ts
 * are built from. Each mirrors one zod check of ../schema.ts, as quick-path.ts explains.
 */

// The hot patterns (text, id, country) are checked by hand below: quick-path.test.ts proves
// those checks agree with the patterns on every code unit and every short string it can build.

/** zod 4's `z.iso.date()` pattern (regexes.date): YYYY-MM-DD with real days, leap years included. */
export const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

export type Fields = Record<string, unknown>;

export const HUB_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'country', 'lat', 'lng']);
export const SOURCE_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'year', 'url']);
export const PARTNERSHIP_KEYS: ReadonlySet<string> = new Set(['signed', 'areas', 'url']);
export const THEME_KEYS: ReadonlySet<string> = new Set(['id', 'label']);
export const CITY_KEYS: ReadonlySet<string> = new Set([
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
export const PARTICIPANT_KEYS: ReadonlySet<string> = new Set(['name', 'side', 'count']);
export const VISIT_KEYS: ReadonlySet<string> = new Set([
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
export function isOneOf(options: readonly string[], value: unknown): boolean {
  return options.includes(value as string);
}

/** strictObject: every key `for...in` yields is declared. */
export function hasOnlyKeys(value: Fields, keys: ReadonlySet<string>): boolean {
  for (const key in value) {
    if (!keys.has(key)) return false;
  }
  return true;
}

/** `\s` at one position: sticky, so it tests there without scanning or slicing. */
export const SPACE_AT = /\s/y;

/** Whether the code unit at `index` is `\s`: ASCII by hand, the rest by the engine's own table. */
export function isSpaceAt(text: string, index: number): boolean {
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
export function isText(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) return false;
  if (isSpaceAt(value, 0) || isSpaceAt(value, value.length - 1)) return false;
  const first = value.charCodeAt(0);
  return (first >= 0x21 && first <= 0x7e) || TEXT_VISIBLE.test(value);
}

export function isLocalized(value: unknown): value is LocalizedText {
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
export function isId(value: unknown): value is string {
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
export function isCountry(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 2) return false;
  const first = value.charCodeAt(0);
  const second = value.charCodeAt(1);
  return first >= 0x41 && first <= 0x5a && second >= 0x41 && second <= 0x5a;
}

// NaN and ±Infinity fail the comparisons, as z.number() rejects them.
export function isLatitude(value: unknown): value is number {
  return typeof value === 'number' && value >= -90 && value <= 90;
}

export function isLongitude(value: unknown): value is number {
  return typeof value === 'number' && value >= -180 && value <= 180;
}

export function isYear(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= FIRST_YEAR && (value as number) <= LAST_YEAR
  );
}

/** z.number().int().positive(): .int() also bounds it to the safe integers. */
export function isPositiveInt(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0;
}

/** The refine both hub and city carry; -0 === 0, as in schema.ts. */
export function isNullIsland(lat: number, lng: number): boolean {
  return lat === 0 && lng === 0;
}

export function isIdList(value: unknown, minLength: number): value is string[] {
  if (!Array.isArray(value) || value.length < minLength) return false;
  for (let index = 0; index < value.length; index += 1) {
    if (!isId(value[index])) return false;
  }
  return true;
}

export function isParticipant(value: unknown): boolean {
  if (!isRecord(value) || !hasOnlyKeys(value, PARTICIPANT_KEYS)) return false;
  const { side, count } = value;
  return (
    isOneOf(SIDES, side) && (count === undefined || isPositiveInt(count)) && isLocalized(value.name)
  );
}

export function isPlace(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) {
    if (key !== 'name') return false;
  }
  return isLocalized(value.name);
}

export function isParticipantList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index += 1) {
    if (!isParticipant(value[index])) return false;
  }
  return true;
}

export function isPlaceList(value: unknown): boolean {
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
export function dateInYear(date: string, year: number): boolean {
  const digits =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  return digits === year;
}

export function isHttpsUrl(value: unknown): value is string {
  return typeof value === 'string' && HTTPS_URL.test(value);
}

export function isTextList(value: unknown): value is string[] {
  if (!Array.isArray(value) || value.length < 1) return false;
  for (let index = 0; index < value.length; index += 1) {
    if (!isText(value[index])) return false;
  }
  return true;
}

/** schema.ts's partnershipAreasSchema: two non-empty lists of texts, as long as each other. */
export function isAreas(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) {
    if (key !== 'pl' && key !== 'en') return false;
  }
  const { pl, en } = value;
  return isTextList(pl) && isTextList(en) && pl.length === en.length;
}

export function isPartnership(value: unknown): boolean {
  if (!isRecord(value) || !hasOnlyKeys(value, PARTNERSHIP_KEYS)) return false;
  const { signed, areas, url } = value;
  return (
    (signed === undefined || (typeof signed === 'string' && ISO_DATE.test(signed))) &&
    (areas === undefined || isAreas(areas)) &&
    (url === undefined || isHttpsUrl(url))
  );
}
