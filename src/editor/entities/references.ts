import { isRecord } from '../../data/is-record';
import type { LocalizedText } from '../../data/schema';
import type { DataPath } from '../../data/validation/problem';
import type { Draft } from '../working-copy/draft';

/** The entries a visit names by id. */
export type ReferencedKind = 'city' | 'theme' | 'source';

/** One place a visit names the entry. */
export interface Reference {
  /** The visit's index in `visits`. */
  readonly visitIndex: number;
  /** Where the id is written: `visits[3].cityIds[1]`, `visits[3].sourceId`. */
  readonly path: DataPath;
  readonly visitId: string;
  /** The visit's title, when it has a readable one. */
  readonly title: LocalizedText | undefined;
}

/** What removing the references did, besides the new draft. */
export interface ReferencesRemoved {
  readonly draft: Draft;
  /**
   * Visits left without what the contract requires (no city at all, no source). They are kept,
   * not deleted behind the clerk's back: the validator lists them and the clerk decides.
   */
  readonly leftIncomplete: readonly Reference[];
}

function visitsOf(draft: Draft): readonly unknown[] {
  return Array.isArray(draft.visits) ? draft.visits : [];
}

function titleOf(visit: Record<string, unknown>): LocalizedText | undefined {
  const { title } = visit;
  if (!isRecord(title) || typeof title.pl !== 'string' || typeof title.en !== 'string') return;
  return { pl: title.pl, en: title.en };
}

function describe(visit: Record<string, unknown>, visitIndex: number, path: DataPath): Reference {
  const visitId = typeof visit.id === 'string' ? visit.id : '';
  return { visitIndex, path, visitId, title: titleOf(visit) };
}

function idListReferences(
  visit: Record<string, unknown>,
  visitIndex: number,
  key: 'cityIds' | 'themes',
  id: string,
): Reference[] {
  const ids = visit[key];
  if (!Array.isArray(ids)) return [];
  return ids.flatMap((value, position) =>
    value === id ? [describe(visit, visitIndex, ['visits', visitIndex, key, position])] : [],
  );
}

/** Every place a visit names the city, theme or source `id`, in file order. */
export function findReferences(draft: Draft, kind: ReferencedKind, id: string): Reference[] {
  return visitsOf(draft).flatMap((visit, visitIndex) => {
    if (!isRecord(visit)) return [];
    if (kind === 'city') return idListReferences(visit, visitIndex, 'cityIds', id);
    if (kind === 'theme') return idListReferences(visit, visitIndex, 'themes', id);
    return visit.sourceId === id
      ? [describe(visit, visitIndex, ['visits', visitIndex, 'sourceId'])]
      : [];
  });
}

function withoutId(visit: Record<string, unknown>, kind: ReferencedKind, id: string) {
  if (kind === 'source') {
    if (visit.sourceId !== id) return visit;
    const rest = { ...visit };
    delete rest.sourceId;
    return rest;
  }
  const key = kind === 'city' ? 'cityIds' : 'themes';
  const ids = visit[key];
  if (!Array.isArray(ids) || !ids.includes(id)) return visit;
  return { ...visit, [key]: ids.filter((value) => value !== id) };
}

function isIncomplete(before: Record<string, unknown>, after: Record<string, unknown>): boolean {
  if (before === after) return false;
  if (!('sourceId' in after)) return true;
  return Array.isArray(after.cityIds) && after.cityIds.length === 0;
}

/** The draft with every reference to `id` taken out of the visits; nothing else changes. */
export function removeReferences(
  draft: Draft,
  kind: ReferencedKind,
  id: string,
): ReferencesRemoved {
  const leftIncomplete: Reference[] = [];
  const visits = visitsOf(draft).map((visit, visitIndex) => {
    if (!isRecord(visit)) return visit;
    const changed = withoutId(visit, kind, id);
    if (isIncomplete(visit, changed))
      leftIncomplete.push(describe(changed, visitIndex, ['visits', visitIndex]));
    return changed;
  });
  if (!Array.isArray(draft.visits)) return { draft, leftIncomplete };
  return { draft: { ...draft, visits }, leftIncomplete };
}

/**
 * The draft with every reference to `from` made a reference to `to`: after an entry's id
 * changed, the visits follow it. Nothing else changes.
 */
export function renameReferences(
  draft: Draft,
  kind: ReferencedKind,
  from: string,
  to: string,
): Draft {
  if (!Array.isArray(draft.visits)) return draft;
  const visits = draft.visits.map((visit: unknown) => {
    if (!isRecord(visit)) return visit;
    if (kind === 'source') return visit.sourceId === from ? { ...visit, sourceId: to } : visit;
    const key = kind === 'city' ? 'cityIds' : 'themes';
    const ids = visit[key];
    if (!Array.isArray(ids) || !ids.includes(from)) return visit;
    return { ...visit, [key]: ids.map((id: unknown) => (id === from ? to : id)) };
  });
  return { ...draft, visits };
}
