import type { DataPath } from '../../data/validation/problem';
import { insertAt, removeAt, setAt } from './json-path';

/** The JSON object being edited: a data file's top level, possibly not following the contract. */
export type Draft = Record<string, unknown>;

/** One change to the draft; every form dispatches these. */
export type EditAction =
  /** Sets the value at `path`, creating missing objects on the way. */
  | { type: 'set'; path: DataPath; value: unknown }
  /** Deletes a key, or splices an array item out. */
  | { type: 'remove'; path: DataPath }
  /** `path` ends with an array index: inserts there (index = length appends). */
  | { type: 'insert'; path: DataPath; value: unknown }
  /** A whole new draft (after changes in several places at once, or a CSV import). */
  | { type: 'replace'; draft: Draft }
  /** Starts from a file: its text as it was, its parsed draft, its name. */
  | { type: 'open'; original: string; draft: Draft; fileName: string };

/** The draft after one edit; `open` is the working copy's business and leaves it as it is here. */
export function applyEdit(draft: Draft, action: EditAction): Draft {
  switch (action.type) {
    case 'set':
      return setAt(draft, action.path, action.value);
    case 'remove':
      return removeAt(draft, action.path);
    case 'insert':
      return insertAt(draft, action.path, action.value);
    case 'replace':
    case 'open':
      return action.draft;
  }
}
