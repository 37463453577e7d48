import type { DataPath, Problem, ProblemSink } from './problem';
import type { ShapeCheck } from './shapes';
import type { Wording } from './wording';

import type { LISTS } from '../contract-constants';

export type ListName = (typeof LISTS)[number];

/** An entry that passed its schema, with its place in its list. */
export interface Entry<T> {
  readonly index: number;
  readonly value: T;
}

export { isRecord } from '../is-record';

export function error(path: DataPath, message: Problem['message']): Problem {
  return { severity: 'error', path, message };
}

export function warning(path: DataPath, message: Problem['message']): Problem {
  return { severity: 'warning', path, message };
}

/**
 * Checks each entry of a list on its own, so one bad entry does not hide the good ones.
 * Of entries sharing an id, the first is kept.
 */
export function checkEntries<T extends { id: string }>(
  name: ListName,
  list: readonly unknown[],
  shape: ShapeCheck<T>,
  problems: ProblemSink,
  wording: Wording,
): Entry<T>[] {
  const accepted: Entry<T>[] = [];
  const firstIndex = new Map<string, number>();
  list.forEach((raw, index) => {
    const value = shape(raw, [name, index], problems);
    if (value === undefined) return;
    const first = firstIndex.get(value.id);
    if (first !== undefined) {
      problems.push(
        error([name, index, 'id'], wording.messages.duplicateId(value.id, `${name}[${first}]`)),
      );
      return;
    }
    firstIndex.set(value.id, index);
    accepted.push({ index, value });
  });
  return accepted;
}
