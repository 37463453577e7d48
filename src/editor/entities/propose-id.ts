import { ID_FORMAT, MAX_ID_LENGTH } from '../../data/contract-constants';

/** Letters NFD does not split into a base letter and a mark. */
const UNSPLIT_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
};

/** "Łódź" → "lodz", "São Paulo" → "sao-paulo": a name as lowercase a-z, digits and single hyphens. */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[łđøßæœþı]/gu, (letter) => UNSPLIT_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function cut(id: string, length: number): string {
  return id.slice(0, length).replace(/-+$/, '');
}

/**
 * An id proposed from a name, unique against `taken`: "krakow", then "krakow-2", "krakow-3".
 * A name with nothing usable in it falls back to `fallback` ("city", "visit").
 */
export function proposeId(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = cut(slugify(name), MAX_ID_LENGTH) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${cut(base, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate) && ID_FORMAT.test(candidate)) return candidate;
  }
}
