/**
 * The patterns and limits of the data contract, in one place for its two checkers: the zod
 * schema (schema.ts: precise messages, the JSON Schema) and the quick guards
 * (validation/shape-guards.ts: the app's fast path). No zod here, so the guards stay zod-free.
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
