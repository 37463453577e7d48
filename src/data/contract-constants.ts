/**
 * The data contract's constants, in one place for everything that judges the data file or
 * an address naming its entries: the zod schema (schema.ts: precise messages, the JSON
 * Schema, the types), the quick guards (validation/quick-path.ts), the validator's checks
 * and the address parser; and those of the map settings file. No zod here, so the first
 * bundle can use them.
 */

/** Non-empty, with no space at either end. */
export const TEXT_FORMAT = /^\S(?:[\s\S]*\S)?$/u;
/** At least one letter, digit, punctuation mark or symbol. */
export const TEXT_VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Lowercase letters a-z, digits and single hyphens, e.g. "kyiv". */
export const ID_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * The longest id: far above any real one ("visit-2019-3"), and short enough that everything
 * done with ids (in every visitor's browser: lookups, "did you mean" suggestions, the address)
 * stays cheap.
 */
export const MAX_ID_LENGTH = 100;
/** ISO 3166-1 alpha-2, e.g. "DE". */
export const COUNTRY_FORMAT = /^[A-Z]{2}$/;

/** Years of post-war municipal cooperation; the validator also rejects years in the future. */
export const FIRST_YEAR = 1945;
export const LAST_YEAR = 2100;
/** The longest visit, in days. */
export const MAX_DURATION_DAYS = 366;

/** Which way a visit went, in the order the filters offer them. */
export const DIRECTIONS = ['incoming', 'outgoing'] as const;
/** What ties a city to Poznań, in the order the filters offer them. */
export const RELATIONS = ['partner', 'informal'] as const;
/** Whose side a participant of a visit was on. */
export const SIDES = ['home', 'foreign', 'other'] as const;

/** The lists of entries, each checked entry by entry, in the order they are checked. */
export const LISTS = ['sources', 'themes', 'cities', 'visits'] as const;
export type ListName = (typeof LISTS)[number];
/** Every key the top level of the data file may have, in the schema's order. */
export const TOP_LEVEL_KEYS = ['$schema', 'hub', ...LISTS] as const;

/** A well-formed id (ID_FORMAT, at most MAX_ID_LENGTH long), as in the data or an address. */
export function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_FORMAT.test(value);
}

// data/map-settings.json (map-settings-schema.ts, map-settings-guard.ts)

/** The https:// pattern both of the settings' URLs must match. */
export const HTTPS_URL = /^https:\/\/[^\s"'<>]+$/;
/** The zoom levels a tile server may offer up to. */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 22;
