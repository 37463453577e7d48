import { checkCooperation, type ValidateOptions, type ValidationResult } from './check-cooperation';
import { guardShapes, NeedsPreciseCheck } from './guard-shapes';

/**
 * validateCooperation without zod, for a file whose every entry follows the data contract:
 * the same result, several times faster, and no zod to download. Returns null at the first
 * entry that does not follow it: then only the precise checks can say what is wrong.
 * (The meaning checks, such as references and years, run here too and have their messages.)
 */
export function quickValidateCooperation(
  json: unknown,
  options: ValidateOptions = {},
): ValidationResult | null {
  try {
    return checkCooperation(json, guardShapes, options);
  } catch (error) {
    if (error instanceof NeedsPreciseCheck) return null;
    throw error;
  }
}
