import type { DataPath } from '../../data/validation/problem';

/** Letters and digits stay; anything else (even "_") is written as _hex_, so ids never collide. */
function segment(key: string | number): string {
  return String(key).replace(/[^A-Za-z0-9]/gu, (char) => `_${char.codePointAt(0)!.toString(16)}_`);
}

/** The DOM id of the input that edits `path`: ["cities", 3, "name", "pl"] → "f-cities-3-name-pl". */
export function fieldId(path: DataPath): string {
  return ['f', ...path.map(segment)].join('-');
}

export const problemsIdSuffix = '-problems';

/** The id of the text that lists the problems at `path` (for aria-describedby). */
export function problemsId(path: DataPath): string {
  return `${fieldId(path)}${problemsIdSuffix}`;
}

/**
 * The element that edits `path`, or else the one that edits the nearest path above it (a
 * problem with a whole city lands on the city's first field, or its section).
 */
export function fieldFor(
  path: DataPath,
  find: (id: string) => HTMLElement | null,
): HTMLElement | null {
  for (let length = path.length; length >= 0; length -= 1) {
    const element = find(fieldId(path.slice(0, length)));
    if (element) return element;
  }
  return null;
}
