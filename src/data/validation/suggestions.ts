import { MAX_ID_LENGTH } from '../contract-constants';

/**
 * Nothing worth suggesting (an id, a key, an allowed value) is longer than an id. The edit
 * distance costs the product of the two lengths, so longer values, on either side, are never
 * compared: a file of 5,000-character ids must not stall every visitor's browser.
 */
const LONGEST = MAX_ID_LENGTH;

/** Lowercase, without diacritics: "Łódź" and "lodz" compare equal. */
export function plain(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase();
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Finds the known value closest to a mistyped one ("kiev" → "kyiv", "tittle" → "title").
 * The candidates are prepared once, so thousands of look-ups stay cheap.
 */
export class Suggester {
  private readonly candidates: readonly (readonly [original: string, plain: string])[];

  constructor(known: Iterable<string>) {
    this.candidates = [...new Set(known)]
      .filter((value) => value.length <= LONGEST)
      .map((value) => [value, plain(value)] as const);
  }

  /** The closest candidate, or undefined when nothing is close enough to be a likely typo. */
  suggest(value: string): string | undefined {
    if (value.length > LONGEST) return undefined;
    const wanted = plain(value);
    const limit = wanted.length <= 3 ? 1 : wanted.length <= 8 ? 2 : 3;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const [original, candidate] of this.candidates) {
      if (Math.abs(candidate.length - wanted.length) >= bestDistance) continue;
      const distance = editDistance(wanted, candidate, bestDistance - 1);
      if (distance < bestDistance) {
        best = original;
        bestDistance = distance;
        if (distance === 0) break;
      }
    }
    return best;
  }
}

export function suggest(value: string, known: Iterable<string>): string | undefined {
  return new Suggester(known).suggest(value);
}
