import { isRecord } from '../../data/is-record';
import type { Language } from '../../i18n/languages';
import { countNoun } from '../../i18n/plural';
import type { ChangedKind, FormsMessages } from '../i18n/forms-pl';

export const CHANGED_KINDS: readonly ChangedKind[] = ['visits', 'cities', 'themes', 'sources'];

export interface KindChanges {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/** What changed against the file the clerk started from, by kind and id. */
export interface ChangeSummary {
  readonly kinds: Readonly<Record<ChangedKind, KindChanges>>;
  readonly hubChanged: boolean;
}

/** The same JSON whatever the key order: reordering keys is not a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    isRecord(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The list's entries by id; an entry without a usable id is keyed by where it is. */
function byId(list: unknown): Map<string, string> {
  const entries = new Map<string, string>();
  if (!Array.isArray(list)) return entries;
  list.forEach((entry: unknown, index) => {
    const id = isRecord(entry) && typeof entry.id === 'string' ? entry.id : `#${index}`;
    if (!entries.has(id)) entries.set(id, canonical(entry));
  });
  return entries;
}

function compareList(before: unknown, after: unknown): KindChanges {
  const old = byId(before);
  const now = byId(after);
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    changed: [...now].filter(([id, text]) => old.has(id) && old.get(id) !== text).map(([id]) => id),
    removed: [...old.keys()].filter((id) => !now.has(id)),
  };
}

/** What `draft` changes in `original`, entries matched by id. */
export function summarizeChanges(
  original: Record<string, unknown>,
  draft: Record<string, unknown>,
): ChangeSummary {
  const kinds = Object.fromEntries(
    CHANGED_KINDS.map((kind) => [kind, compareList(original[kind], draft[kind])]),
  ) as Record<ChangedKind, KindChanges>;
  return { kinds, hubChanged: canonical(original.hub) !== canonical(draft.hub) };
}

/** True when the summary has nothing to report. */
export function isUnchanged(summary: ChangeSummary): boolean {
  return (
    !summary.hubChanged &&
    CHANGED_KINDS.every((kind) =>
      (['added', 'changed', 'removed'] as const).every(
        (action) => summary.kinds[kind][action].length === 0,
      ),
    )
  );
}

function joinWithAnd(items: readonly string[], and: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** "dodano 3 wizyty i 1 miasto, zmieniono 1 miasto" / "3 visits and 1 city added, 1 city changed". */
export function describeChanges(
  summary: ChangeSummary,
  language: Language,
  text: FormsMessages['changes'],
): string {
  const parts = (['added', 'changed', 'removed'] as const).flatMap((action) => {
    const counted = CHANGED_KINDS.flatMap((kind) => {
      const count = summary.kinds[kind][action].length;
      return count === 0 ? [] : [countNoun(language, count, text.nouns[kind])];
    });
    return counted.length === 0 ? [] : [text[action](joinWithAnd(counted, text.and))];
  });
  if (summary.hubChanged) parts.push(text.hubChanged);
  return parts.length === 0 ? text.none : parts.join(', ');
}
