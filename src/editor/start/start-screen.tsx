import { useCallback, useEffect, useRef, useState } from 'react';
import { LanguageSwitch } from '../../features/language/language-switch';
import type { Language } from '../../i18n/languages';
import { useEditorText } from '../i18n/use-editor-text';
import type { SavedCopy } from '../working-copy/storage';
import { useEditorSession } from '../working-copy/working-copy-context';
import { DEPLOYED_NAME, fetchDeployed } from './fetch-deployed';
import { MAX_FILE_BYTES, openBytes, type OpenNotes } from './open-bytes';
import { OpenFailureMessage, type OpenFailure } from './open-failure';
import { useFileDrop } from './use-file-drop';

interface StartScreenProps {
  /** The working copy kept in this browser, if any. */
  readonly saved: SavedCopy | null;
  readonly onLanguage: (language: Language) => void;
  /** What the reader noticed about the file just opened (shown in the workspace). */
  readonly onNotes: (notes: OpenNotes | null) => void;
  /** Coming back from the workspace (start over): focus starts at the heading. */
  readonly focusHeading: boolean;
}

type Attempt =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly failure: OpenFailure; readonly fileName: string };

/** When the working copy was saved, in the interface language. */
function savedWhen(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** The three ways to start: the published file, a file from the disk, the saved working copy. */
export function StartScreen({ saved, onLanguage, onNotes, focusHeading }: StartScreenProps) {
  const { t, language } = useEditorText();
  const { dispatch } = useEditorSession();
  const [attempt, setAttempt] = useState<Attempt>({ state: 'idle' });
  const picker = useRef<HTMLInputElement>(null);
  const request = useRef<AbortController | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(
    function focusHeadingOnReturn() {
      if (focusHeading) heading.current?.focus();
    },
    [focusHeading],
  );
  useEffect(function abortOnLeave() {
    return function abortRequest() {
      request.current?.abort();
    };
  }, []);

  const open = useCallback(
    (bytes: Uint8Array, fileName: string) => {
      const opened = openBytes(bytes);
      if (!opened.ok) {
        setAttempt({ state: 'failed', failure: opened, fileName });
        return;
      }
      const { notUtf8, duplicateKeys } = opened.notes;
      onNotes(notUtf8 || duplicateKeys > 0 ? opened.notes : null);
      dispatch({ type: 'open', original: opened.original, draft: opened.draft, fileName });
    },
    [dispatch, onNotes],
  );

  const openFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        setAttempt({
          state: 'failed',
          failure: { ok: false, why: 'too-large' },
          fileName: file.name,
        });
        return;
      }
      setAttempt({ state: 'loading' });
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        setAttempt({
          state: 'failed',
          failure: { ok: false, why: 'unreadable' },
          fileName: file.name,
        });
        return;
      }
      open(bytes, file.name);
    },
    [open],
  );

  const openDeployed = async () => {
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setAttempt({ state: 'loading' });
    const fetched = await fetchDeployed(controller.signal, document.baseURI);
    if (controller.signal.aborted) return;
    if (!fetched.ok) setAttempt({ state: 'failed', failure: fetched, fileName: DEPLOYED_NAME });
    else open(fetched.bytes, fetched.fileName);
  };

  const dragging = useFileDrop(openFile);
  const busy = attempt.state === 'loading';

  return (
    <div className="editor editor--start">
      <header className="editor-header">
        <div className="editor-header__titles">
          <h1 className="editor-header__title">{t.app.title}</h1>
        </div>
        <div className="editor-header__actions">
          <LanguageSwitch onChange={onLanguage} />
        </div>
      </header>
      <main className="start" aria-busy={busy}>
        <h2 className="start__heading" ref={heading} tabIndex={-1}>
          {t.start.heading}
        </h2>
        <p className="start__intro">{t.start.intro}</p>
        <div className="start__ways">
          {saved && (
            <section className="start-way" aria-labelledby="start-saved">
              <h3 id="start-saved">{t.start.saved}</h3>
              <p>{t.start.savedHint}</p>
              <dl className="start-way__facts">
                <dt>{t.start.savedFile}</dt>
                <dd>{saved.fileName}</dd>
                <dt>{t.start.savedAt}</dt>
                <dd>
                  <time dateTime={saved.savedAt}>{savedWhen(saved.savedAt, language)}</time>
                </dd>
              </dl>
              <button
                type="button"
                className="button-primary"
                disabled={busy}
                onClick={() => {
                  onNotes(null);
                  dispatch({
                    type: 'open',
                    original: saved.original,
                    draft: saved.draft,
                    fileName: saved.fileName,
                  });
                }}
              >
                {t.start.savedButton}
              </button>
            </section>
          )}
          <section className="start-way" aria-labelledby="start-deployed">
            <h3 id="start-deployed">{t.start.deployed}</h3>
            <p>{t.start.deployedHint}</p>
            <button
              type="button"
              className={saved ? 'button-secondary' : 'button-primary'}
              disabled={busy}
              onClick={() => void openDeployed()}
            >
              {t.start.deployedButton}
            </button>
          </section>
          <section className="start-way" aria-labelledby="start-disk">
            <h3 id="start-disk">{t.start.disk}</h3>
            <p>{t.start.diskHint}</p>
            <input
              ref={picker}
              type="file"
              accept=".json,application/json"
              hidden
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void openFile(file);
              }}
            />
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => picker.current?.click()}
            >
              {t.start.diskButton}
            </button>
            <p className="start-way__hint">{t.start.dropHint}</p>
          </section>
        </div>
        <div className="start__outcome" role="status">
          {busy && <p className="start__loading">{t.start.loading}</p>}
        </div>
        {attempt.state === 'failed' && (
          <OpenFailureMessage failure={attempt.failure} fileName={attempt.fileName} />
        )}
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t.start.dropHere}</p>
        </div>
      )}
    </div>
  );
}
