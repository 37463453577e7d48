import { checkCooperation, type ValidateOptions, type ValidationResult } from './check-cooperation';
import { guardShapes, NeedsPreciseCheck } from './guard-shapes';
import type { Wording } from './wording';

/**
 * No words at all: asking for a message means something is wrong, and then the precise
 * checks, with the validator's messages and zod, describe the file instead.
 */
const NO_WORDING = new Proxy({} as Wording, {
  get() {
    throw new NeedsPreciseCheck();
  },
});

/**
 * validateCooperation without zod and without the validator's messages, for a file that
 * follows the data contract and has no mistake, which is the file almost always: the same
 * result, several times faster, and nothing more to download. Returns null at the first
 * problem (a value off the contract, or an error or warning of meaning such as an unknown
 * reference): then only the precise checks can say what is wrong.
 */
export function quickValidateCooperation(
  json: unknown,
  options: ValidateOptions = {},
): ValidationResult | null {
  try {
    return checkCooperation(json, guardShapes, NO_WORDING, options);
  } catch (error) {
    if (error instanceof NeedsPreciseCheck) return null;
    throw error;
  }
}
