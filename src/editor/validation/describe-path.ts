import { isRecord } from '../../data/is-record';
import { formatPath, type DataPath } from '../../data/validation/problem';
import type { Language } from '../../i18n/languages';
import { getAt } from '../working-copy/json-path';

export interface PathWords {
  /** Names of the file's parts: hub, sources, themes, cities, visits. */
  readonly parts: Readonly<Record<string, string>>;
  readonly wholeFile: string;
}

/** An entry as a person knows it: its name (title, label) in the language, else its id, else its number. */
function entryName(entry: unknown, index: number, language: Language): string {
  if (isRecord(entry)) {
    for (const key of ['name', 'title', 'label']) {
      const text = entry[key];
      if (isRecord(text) && typeof text[language] === 'string' && text[language] !== '') {
        return text[language];
      }
    }
    if (typeof entry.id === 'string' && entry.id !== '') return entry.id;
  }
  return `#${index + 1}`;
}

/**
 * Where a problem is, in words a clerk can follow: the part of the file, the entry by its name,
 * then the key inside it ("Miasta › Takasaki › name.pl").
 */
export function describePath(
  path: DataPath,
  draft: unknown,
  language: Language,
  words: PathWords,
): string {
  const [part, index, ...rest] = path;
  if (part === undefined) return words.wholeFile;
  // Own names only: a key such as "__proto__" must not find Object.prototype.
  const partName =
    typeof part === 'string' && Object.hasOwn(words.parts, part)
      ? words.parts[part]!
      : formatPath([part]);
  const list = getAt(draft, [part]);
  if (typeof index === 'number' && Array.isArray(list)) {
    const named = [partName, entryName(list[index], index, language)];
    return [...named, ...(rest.length > 0 ? [formatPath(rest)] : [])].join(' › ');
  }
  const inside = path.slice(1);
  return inside.length === 0 ? partName : `${partName} › ${formatPath(inside)}`;
}
