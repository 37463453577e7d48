/** The longest file name we produce, extension included; far below every file system's limit. */
export const MAX_FILE_NAME_LENGTH = 100;

/** Letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSABLE: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};

/** "Dziedzictwo i zabytki" → "dziedzictwo-i-zabytki"; letters outside Latin drop out. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđħıøßæœþð]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Cuts at the last dash that fits, so no word is left half-written, unless that leaves nothing. */
function cut(stem: string, length: number): string {
  if (stem.length <= length) return stem;
  const head = stem.slice(0, length + 1);
  const lastDash = head.lastIndexOf('-');
  const kept = lastDash > 0 ? head.slice(0, lastDash) : stem.slice(0, length);
  return kept.replace(/-+$/, '');
}

/**
 * A safe ASCII file name for an export, from a base and the active filters' labels, e.g.
 * `poznan-wspolpraca-sport-dziedzictwo-2019.csv`. Filters that have no Latin letters or digits
 * are left out; a base without them is a programming error.
 */
export function exportFileName(
  parts: { base: string; filters: readonly string[] },
  extension: 'csv' | 'geojson',
): string {
  const base = slug(parts.base);
  if (!base) {
    throw new Error(`Export file name base "${parts.base}" has no Latin letters or digits`);
  }
  const stem = [base, ...parts.filters.map(slug)].filter(Boolean).join('-');
  return `${cut(stem, MAX_FILE_NAME_LENGTH - extension.length - 1)}.${extension}`;
}
