import './zod-browser';
import { readJson, toLoaded, type LoadedCooperation } from './read-data-file';
import { messages } from './validation/messages';
import type { Problem } from './validation/problem';
import { validateCooperation, type ValidateOptions } from './validation/validate-cooperation';

export type { LoadedCooperation } from './read-data-file';

/**
 * Reads the data file's bytes as the map will show them: every valid entry kept, every bad
 * one left out and described. Throws a DataLoadError only when nothing usable is left
 * (not JSON, wrong top-level shape, a broken hub).
 */
export function readCooperation(
  bytes: ArrayBuffer | Uint8Array,
  options: ValidateOptions = {},
): LoadedCooperation {
  return readParsedCooperation(readJson(bytes), options);
}

/** readCooperation for a file already decoded and parsed (by readJson). */
export function readParsedCooperation(
  { json, notUtf8, duplicateKeys }: ReturnType<typeof readJson>,
  options: ValidateOptions = {},
): LoadedCooperation {
  // Errors, though nothing is left out: the copy that counts may not be the one meant.
  const duplicates = duplicateKeys.map(({ path, key }): Problem => ({
    severity: 'error',
    path: [...path, key],
    at: 'key',
    message: messages.duplicateKey(key),
  }));
  return toLoaded(validateCooperation(json, options), notUtf8 !== undefined, duplicates);
}
