import { isRecord } from '../../data/is-record';
import { proposeId } from './propose-id';
import { entriesOf, FALLBACK_ID, idsIn, type EntityList } from './entity-lists';
import type { Draft } from '../working-copy/draft';

/**
 * A new entry with its id and Polish name, in the contract's key order. Required texts start
 * empty and required choices absent: the validator then says at each field what is still
 * missing, instead of a made-up default passing unnoticed.
 */
export function newEntry(list: EntityList, id: string, name: string): Record<string, unknown> {
  const named = { pl: name, en: '' };
  switch (list) {
    case 'cities':
      return { id, name: named };
    case 'visits':
      return {
        id,
        cityIds: [],
        title: named,
        summary: { pl: '', en: '' },
        participants: [],
        themes: [],
      };
    case 'themes':
      return { id, label: named };
    case 'sources':
      return { id, title: named };
  }
}

/** The id proposed for a new entry named `name`, unique in its list. */
export function proposeNewId(draft: Draft, list: EntityList, name: string): string {
  return proposeId(name, idsIn(draft, list), FALLBACK_ID[list]);
}

/**
 * A copy of the entry at `index` with a new unique id ("berlin-2"), to be inserted right after
 * it; undefined when there is no object there to copy.
 */
export function duplicateEntry(
  draft: Draft,
  list: EntityList,
  index: number,
): Record<string, unknown> | undefined {
  const entry = entriesOf(draft, list)[index];
  if (!isRecord(entry)) return undefined;
  const copy = structuredClone(entry);
  const base = typeof entry.id === 'string' && entry.id !== '' ? entry.id : FALLBACK_ID[list];
  copy.id = proposeId(base, idsIn(draft, list), FALLBACK_ID[list]);
  return copy;
}
