import type { Language } from './languages';

/**
 * A number as the language writes it, as `Intl.NumberFormat` would: "1,234" in English; in
 * Polish a no-break space between thousands from five digits on ("1234", "12 345"). Whole
 * numbers (every count the map shows) without `Intl`: the first `Intl` object a page makes
 * loads the browser's locale data (30-100 ms on the build machine), and the first frame's
 * labels and 10,000 cities' clusters would wait for it. Any other number goes to `Intl`.
 */
export function formatNumber(language: Language, value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    return new Intl.NumberFormat(language).format(value);
  }
  const digits = String(value);
  if (language === 'pl' && digits.length < 5) return digits;
  const separator = language === 'pl' ? '\u00a0' : ',';
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}
