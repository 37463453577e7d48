import './zod-browser';
import { readJson, toLoaded, type LoadedCooperation } from './read-data-file';
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
  const { json, wrongEncoding } = readJson(bytes);
  return readParsedCooperation(json, wrongEncoding, options);
}

/** readCooperation for a file already decoded and parsed (by readJson). */
export function readParsedCooperation(
  json: unknown,
  wrongEncoding: boolean,
  options: ValidateOptions = {},
): LoadedCooperation {
  return toLoaded(validateCooperation(json, options), wrongEncoding);
}
