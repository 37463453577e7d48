import { DataLoadError } from './load-error';
import type { readParsedCooperation as ReadParsedCooperation } from './read-cooperation';
import { readJson, toLoaded, type LoadedCooperation } from './read-data-file';
import type { ValidateOptions } from './validation/check-cooperation';
import { quickValidateCooperation } from './validation/quick-validate';

/**
 * readCooperation as the app runs it: the quick checks (no zod) for a file that follows the
 * data contract, which is the file almost always; zod loads only when an entry does not, to
 * say precisely what is wrong. The result is the same either way (a unit test compares them).
 */
export async function readCooperationQuickly(
  bytes: ArrayBuffer | Uint8Array,
  options: ValidateOptions = {},
): Promise<LoadedCooperation> {
  const read = readJson(bytes);
  // A key written twice needs words too: the precise checks say where.
  const quick =
    read.duplicateKeys.length === 0 ? quickValidateCooperation(read.json, options) : null;
  if (quick) return toLoaded(quick, read.notUtf8 !== undefined);
  let readParsedCooperation: typeof ReadParsedCooperation;
  try {
    ({ readParsedCooperation } = await import('./read-cooperation'));
  } catch (error) {
    throw new DataLoadError('network', 'The data checks could not be loaded.', [String(error)]);
  }
  return readParsedCooperation(read, options);
}
