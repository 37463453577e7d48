import { applyEdit, type Draft, type EditAction } from './draft';

/** What is being edited: the file as it was opened, and the draft made of it. */
export interface WorkingCopy {
  /** The file's text as opened: the download keeps its key order and layout. */
  readonly original: string;
  readonly draft: Draft;
  readonly fileName: string;
}

/** Every change to the working copy: an edit, or closing it (start over). */
export type SessionAction = EditAction | { type: 'close' };

/** The working copy after one action; none open, only `open` does anything. */
export function sessionReducer(
  copy: WorkingCopy | null,
  action: SessionAction,
): WorkingCopy | null {
  if (action.type === 'close') return null;
  if (action.type === 'open') {
    return { original: action.original, draft: action.draft, fileName: action.fileName };
  }
  if (copy === null) return null;
  const draft = applyEdit(copy.draft, action);
  return draft === copy.draft ? copy : { ...copy, draft };
}
