import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useState,
  type ReactNode,
} from 'react';
import type { Problem } from '../../data/validation/problem';
import { checkDraft, checkPlacesOnOutlines } from '../validation/check-draft';
import { loadOutlineCheck } from '../validation/country-outlines';
import type { Draft, EditAction } from './draft';
import { clearCopy, saveCopy, type SaveFailure } from './storage';
import { sessionReducer, type WorkingCopy } from './working-copy';

/** Whether the working copy is kept in this browser. */
export type SaveStatus =
  | { readonly state: 'saved'; readonly at: string }
  | { readonly state: 'saving' }
  | { readonly state: 'failed'; readonly reason: SaveFailure };

export interface WorkingCopyValue {
  readonly draft: Draft;
  /** The file's text as opened. */
  readonly original: string;
  readonly fileName: string;
  readonly dispatch: (action: EditAction) => void;
  /** What the validator says about the draft, errors first. */
  readonly problems: readonly Problem[];
  /** The draft changed and has not been checked yet. */
  readonly checking: boolean;
  readonly saved: SaveStatus;
}

export interface SessionValue {
  readonly copy: WorkingCopy | null;
  readonly dispatch: (action: EditAction) => void;
  /** Closes the working copy and forgets it in this browser. */
  readonly startOver: () => void;
}

const SAVE_DELAY_MS = 600;
const CHECK_DELAY_MS = 200;

const SessionContext = createContext<SessionValue | null>(null);
const WorkingCopyContext = createContext<WorkingCopyValue | null>(null);

interface ProviderProps {
  /** Where the working copy is kept (localStorage), null where the browser forbids it. */
  readonly storage: Storage | null;
  /** A working copy to continue with (restored after a reload). */
  readonly initial: (WorkingCopy & { readonly savedAt: string }) | null;
  readonly children: ReactNode;
}

/** Holds the working copy: edits, the validator's findings, and saving in this browser. */
export function WorkingCopyProvider({ storage, initial, children }: ProviderProps) {
  const [copy, dispatchSession] = useReducer(sessionReducer, initial);
  // The last copy saved (or refused), and how that went; the initial one is saved already.
  const [lastSave, setLastSave] = useState<{ copy: WorkingCopy | null; status: SaveStatus }>(
    initial
      ? { copy: initial, status: { state: 'saved', at: initial.savedAt } }
      : { copy: null, status: { state: 'saving' } },
  );
  const [checked, setChecked] = useState<{ draft: Draft; problems: Problem[] } | null>(() =>
    initial ? { draft: initial.draft, problems: checkDraft(initial.draft) } : null,
  );
  useEffect(
    function saveAfterAPause() {
      if (copy === null || copy === lastSave.copy) return;
      const timer = setTimeout(function save() {
        const result = saveCopy(storage, copy);
        setLastSave({
          copy,
          status: result.ok
            ? { state: 'saved', at: result.savedAt }
            : { state: 'failed', reason: result.reason },
        });
      }, SAVE_DELAY_MS);
      return function cancelSave() {
        clearTimeout(timer);
      };
    },
    [copy, lastSave.copy, storage],
  );

  useEffect(
    function saveWhenTheTabCloses() {
      if (copy === null || copy === lastSave.copy) return;
      // Closing or reloading the tab within the pause must not lose the last keystrokes.
      const saveNow = () => void saveCopy(storage, copy);
      const saveWhenHidden = () => {
        if (document.visibilityState === 'hidden') saveNow();
      };
      window.addEventListener('pagehide', saveNow);
      document.addEventListener('visibilitychange', saveWhenHidden);
      return function stopWatching() {
        window.removeEventListener('pagehide', saveNow);
        document.removeEventListener('visibilitychange', saveWhenHidden);
      };
    },
    [copy, lastSave.copy, storage],
  );

  // Places are checked against the country outlines once they have come; checked again then.
  const [outlines, setOutlines] = useState<'waiting' | 'in use'>('waiting');
  useEffect(function fetchCountryOutlines() {
    const controller = new AbortController();
    loadOutlineCheck(controller.signal).then(
      (check) => {
        checkPlacesOnOutlines(check);
        setOutlines('in use');
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // Offline, say: places stay checked against the country boxes.
        console.warn('The country outlines could not be loaded:', error);
      },
    );
    return function abortFetch() {
      controller.abort();
    };
  }, []);

  const draft = copy?.draft;
  useEffect(
    function checkAfterAPause() {
      if (draft === undefined) return;
      const timer = setTimeout(function check() {
        setChecked({ draft, problems: checkDraft(draft) });
      }, CHECK_DELAY_MS);
      return function cancelCheck() {
        clearTimeout(timer);
      };
    },
    [draft, outlines],
  );

  const dispatch = useCallback((action: EditAction) => {
    // Another file's findings must not show, even for the moment until this one is checked.
    if (action.type === 'open') setChecked(null);
    dispatchSession(action);
  }, []);
  const startOver = useCallback(() => {
    clearCopy(storage);
    dispatchSession({ type: 'close' });
  }, [storage]);

  const session = useMemo(() => ({ copy, dispatch, startOver }), [copy, dispatch, startOver]);
  const value = useMemo<WorkingCopyValue | null>(() => {
    if (copy === null) return null;
    const current = checked !== null && checked.draft === copy.draft;
    // A refusal stays shown while the next try is pending: the warning does not flicker.
    const saved: SaveStatus =
      lastSave.copy === copy || lastSave.status.state === 'failed'
        ? lastSave.status
        : { state: 'saving' };
    return {
      draft: copy.draft,
      original: copy.original,
      fileName: copy.fileName,
      dispatch,
      // Until the new draft is checked, the last findings stay: the list does not flicker.
      problems: checked?.problems ?? [],
      checking: !current,
      saved,
    };
  }, [copy, checked, dispatch, lastSave]);

  return (
    <SessionContext value={session}>
      <WorkingCopyContext value={value}>{children}</WorkingCopyContext>
    </SessionContext>
  );
}

/** The working copy being edited; only inside the workspace, once a file is open. */
export function useWorkingCopy(): WorkingCopyValue {
  const value = useContext(WorkingCopyContext);
  if (!value) {
    throw new Error(
      'useWorkingCopy() can only be used in a descendant of <WorkingCopyProvider>, once a file is open',
    );
  }
  return value;
}

/** Whether a file is open, and how to open or close one (the start screen, start over). */
export function useEditorSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) {
    throw new Error('useEditorSession() can only be used in a descendant of <WorkingCopyProvider>');
  }
  return value;
}
