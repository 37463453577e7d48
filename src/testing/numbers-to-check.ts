/**
 * Numbers around every boundary of the plural rules and the thousands separators, large
 * ones, and those left to Intl (fractions, negative, too large, not a number).
 */
export const NUMBERS_TO_CHECK = [
  ...Array.from({ length: 250 }, (_, i) => i),
  ...[1000, 1001, 1012, 1022, 1111, 9999, 10_000, 10_002, 12_345, 99_999, 100_000, 123_456],
  ...[1_000_000, 1_234_567, 2_000_012, Number.MAX_SAFE_INTEGER],
  ...[1.5, 0.5, -1, -2, -1234.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY],
];
