/** Letters that NFD keeps whole, so removing combining marks alone would not fold them. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  ŀ: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ĳ: 'ij',
  ø: 'o',
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  þ: 'th',
  ŧ: 't',
  ŋ: 'n',
  ſ: 's',
};
const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'gu');

const COMBINING_MARKS = /\p{M}/gu;
/** Dropped rather than folded, so "raanana" and "ra’anana" both find "Ra'anana". */
const APOSTROPHES = /['‘’‚‛′`´ʼ]/gu;
const DOUBLE_QUOTES = /[“”„‟″«»]/gu;
const DASHES = /[‐‑‒–—―−]/gu;
const WHITESPACE = /\s+/gu;

/**
 * Folds a text for matching: lower case, no diacritics ("Łódź" → "lodz", "Győr" → "gyor"),
 * plain quotes and hyphens, single spaces. Apply it to both the data and the query.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim();
}
