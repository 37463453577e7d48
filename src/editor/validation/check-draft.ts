import type { PlaceCheck } from '../../data/validation/entry-checks';
import { checkPrecisely } from '../../data/validation/precise-path';
import type { Problem } from '../../data/validation/problem';

/** Errors first, then warnings; within each, in the validator's own order. */
export function errorsFirst(problems: readonly Problem[]): Problem[] {
  return [
    ...problems.filter((problem) => problem.severity === 'error'),
    ...problems.filter((problem) => problem.severity === 'warning'),
  ];
}

/** The command line's place check (country-outlines.ts), once its outlines have come. */
let outlineCheck: PlaceCheck | undefined;

/** From now on, places are checked against the country outlines, as the command line does. */
export function checkPlacesOnOutlines(check: PlaceCheck): void {
  outlineCheck = check;
}

/**
 * Everything `npm run validate-data` would say about the draft, in its words: the precise
 * path with a year in the future an error, and places checked against the country outlines
 * (until they have come, against the browser's rougher country boxes).
 */
export function checkDraft(draft: unknown, currentYear?: number): Problem[] {
  const options = {
    futureYears: 'error' as const,
    ...(currentYear === undefined ? {} : { currentYear }),
    ...(outlineCheck === undefined ? {} : { checkPlace: outlineCheck }),
  };
  return errorsFirst(checkPrecisely(draft, options).problems);
}
