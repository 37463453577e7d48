import type { DataPath, Problem } from '../../data/validation/problem';
import { fieldId, problemsId } from '../validation/field-id';
import { useFieldProblems } from '../validation/field-problems';
import { getAt } from '../working-copy/json-path';
import { useWorkingCopy } from '../working-copy/working-copy-context';

export interface Field {
  /** fieldId(path): the problem list moves focus here. */
  readonly id: string;
  readonly value: unknown;
  readonly problems: readonly Problem[];
  /** Only errors make a field invalid; a warning is advice. */
  readonly invalid: boolean;
  /** The hint's and the problems' ids, for aria-describedby. */
  readonly describedBy: string | undefined;
  readonly hintId: string;
  readonly set: (value: unknown) => void;
  readonly remove: () => void;
}

/** What every path-bound input needs: its value in the draft, its problems, and how to change it. */
export function useField(path: DataPath, hasHint = false): Field {
  const { draft, dispatch } = useWorkingCopy();
  const problems = useFieldProblems(path);
  const id = fieldId(path);
  const hintId = `${id}-hint`;
  const describedBy = [hasHint ? hintId : '', problems.length > 0 ? problemsId(path) : '']
    .filter(Boolean)
    .join(' ');
  return {
    id,
    value: getAt(draft, path),
    problems,
    invalid: problems.some((problem) => problem.severity === 'error'),
    describedBy: describedBy || undefined,
    hintId,
    set: (value) => dispatch({ type: 'set', path, value }),
    remove: () => dispatch({ type: 'remove', path }),
  };
}

/** A value as an input shows it: text as it is, anything else as JSON, nothing as empty. */
export function shownText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value) ?? '';
}
