import { isRecord } from '../../data/is-record';
import type { Language } from '../../i18n/languages';
import type { ReferencedKind } from './references';

/** The lists of the file a clerk edits entry by entry. */
export type EntityList = 'cities' | 'visits' | 'themes' | 'sources';
export const ENTITY_LISTS: readonly EntityList[] = ['visits', 'cities', 'themes', 'sources'];

/** What the visits call an entry of the list, when they refer to it (visits are not referred to). */
export const REFERRED_AS: Readonly<Record<EntityList, ReferencedKind | undefined>> = {
  cities: 'city',
  themes: 'theme',
  sources: 'source',
  visits: undefined,
};

/** The localized text that names an entry of the list, and is asked for when adding one. */
export const NAME_KEY: Readonly<Record<EntityList, 'name' | 'title' | 'label'>> = {
  cities: 'name',
  visits: 'title',
  themes: 'label',
  sources: 'title',
};

/** The id proposed when a name gives nothing usable ("Київ"). */
export const FALLBACK_ID: Readonly<Record<EntityList, string>> = {
  cities: 'city',
  visits: 'visit',
  themes: 'theme',
  sources: 'source',
};

/** One entry as the list shows it. */
export interface EntrySummary {
  readonly index: number;
  readonly id: string;
  /** Its name in the language, else in the other, else its id, else "#n". */
  readonly label: string;
  /** A few words that tell entries with one name apart: the year, the country. */
  readonly detail: string;
}

export function entriesOf(draft: Record<string, unknown>, list: EntityList): readonly unknown[] {
  const entries = draft[list];
  return Array.isArray(entries) ? entries : [];
}

/** The ids in use in the list: a new id must be none of them. */
export function idsIn(draft: Record<string, unknown>, list: EntityList): Set<string> {
  return new Set(
    entriesOf(draft, list).flatMap((entry) =>
      isRecord(entry) && typeof entry.id === 'string' ? [entry.id] : [],
    ),
  );
}

function text(value: unknown, language: Language): string {
  if (!isRecord(value)) return '';
  const other = language === 'pl' ? 'en' : 'pl';
  for (const key of [language, other]) {
    const inner = value[key];
    if (typeof inner === 'string' && inner.trim() !== '') return inner;
  }
  return '';
}

function detailOf(list: EntityList, entry: Record<string, unknown>): string {
  const parts: unknown[] =
    list === 'visits'
      ? [entry.date ?? entry.year]
      : list === 'cities'
        ? [entry.country]
        : list === 'sources'
          ? [entry.year]
          : [];
  return parts.filter((part) => typeof part === 'string' || typeof part === 'number').join(' ');
}

/** How the list shows the entry at `index`. */
export function summarize(
  list: EntityList,
  entry: unknown,
  index: number,
  language: Language,
): EntrySummary {
  const record = isRecord(entry) ? entry : {};
  const id = typeof record.id === 'string' ? record.id : '';
  const label = text(record[NAME_KEY[list]], language) || id || `#${index + 1}`;
  return { index, id, label, detail: detailOf(list, record) };
}

/** Lowercase, without diacritics and with ł as l, for matching what is typed. */
export function fold(value: string): string {
  return value.toLocaleLowerCase('pl').replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The entries whose label, id or detail contain every word of `query`, in list order. */
export function filterEntries(
  entries: readonly EntrySummary[],
  query: string,
): readonly EntrySummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const haystack = fold(`${entry.label} ${entry.id} ${entry.detail}`);
    return words.every((word) => haystack.includes(word));
  });
}

const summaryCache = new WeakMap<object, Map<string, EntrySummary>>();

/**
 * summarize(), kept per entry object: an edit copies only the entry it changes, so the others
 * keep their summaries, and their rows in the list need not be drawn again.
 */
export function summarizeKept(
  list: EntityList,
  entry: unknown,
  index: number,
  language: Language,
): EntrySummary {
  if (typeof entry !== 'object' || entry === null) return summarize(list, entry, index, language);
  let kept = summaryCache.get(entry);
  if (!kept) summaryCache.set(entry, (kept = new Map()));
  const key = `${list} ${index} ${language}`;
  let summary = kept.get(key);
  if (!summary) kept.set(key, (summary = summarize(list, entry, index, language)));
  return summary;
}
