/**
 * Each bar's length as a percentage of the longest, to one decimal: the largest value fills
 * the row, zero stays 0 (drawn as a hairline). Without an axis a "nice" maximum would only
 * shorten every bar, so the largest value is the scale.
 */
export function barPercents(values: readonly number[]): number[] {
  for (const value of values) {
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`A bar's value must be a finite number of at least 0, not ${value}`);
    }
  }
  const max = Math.max(0, ...values);
  if (max === 0) return values.map(() => 0);
  return values.map((value) => Math.round((value / max) * 1000) / 10);
}
