/** A partnership's round anniversaries are its multiples of five years, as cities mark them. */
export const ANNIVERSARY_STEP = 5;

export interface Anniversary {
  /** How many years the partnership turns. */
  readonly years: number;
  /** The year it turns them. */
  readonly inYear: number;
}

/**
 * The round anniversaries of a partnership signed in `signedYear` that fall in one of
 * `visitYears` (the years the data tells of), oldest first, each year once.
 */
export function roundAnniversaries(
  signedYear: number,
  visitYears: Iterable<number>,
): Anniversary[] {
  return [...new Set(visitYears)]
    .map((inYear) => ({ years: inYear - signedYear, inYear }))
    .filter(({ years }) => years > 0 && years % ANNIVERSARY_STEP === 0)
    .sort((a, b) => a.inYear - b.inYear);
}

/** The year of a partnership: from the day signed where the data gives it, else partnerSince. */
export function signedYear(partnerSince: number | undefined, signed: string | undefined) {
  return signed !== undefined ? Number(signed.slice(0, 4)) : partnerSince;
}
