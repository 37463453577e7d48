import { checkCooperation, type ValidateOptions, type ValidationResult } from './check-cooperation';
import { fullWording } from './full-wording';
import { zodShapes } from './zod-shapes';

export type { PlaceCheck, PlaceVerdict } from './entry-checks';
export type { ValidateOptions, ValidationResult } from './check-cooperation';

/**
 * Checks parsed JSON against the data contract and its meaning (unique ids, references,
 * years, countries, places). Keeps every valid entry and says precisely what is wrong with
 * the others. `npm run validate-data` runs it, and the app when the quick checks fail.
 */
export function validateCooperation(
  json: unknown,
  options: ValidateOptions = {},
): ValidationResult {
  return checkCooperation(json, zodShapes, fullWording, options);
}
