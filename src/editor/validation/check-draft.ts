import { checkPrecisely } from '../../data/validation/precise-path';
import type { Problem } from '../../data/validation/problem';

/** Errors first, then warnings; within each, in the validator's own order. */
export function errorsFirst(problems: readonly Problem[]): Problem[] {
  return [
    ...problems.filter((problem) => problem.severity === 'error'),
    ...problems.filter((problem) => problem.severity === 'warning'),
  ];
}

/**
 * Everything `npm run validate-data` would say about the draft, in its words: the precise
 * path with a year in the future an error. The place check is the browser's (country boxes):
 * the command line's country outlines are too large to ship.
 */
export function checkDraft(draft: unknown, currentYear?: number): Problem[] {
  const options = currentYear === undefined ? {} : { currentYear };
  return errorsFirst(checkPrecisely(draft, { futureYears: 'error', ...options }).problems);
}
