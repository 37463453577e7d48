import { useEffect, useMemo, useState } from 'react';
import { I18nProvider } from '../i18n/i18n-context';
import type { Language } from '../i18n/languages';
import { editorText, EditorTextContext } from './i18n/use-editor-text';
import type { OpenNotes } from './start/open-bytes';
import { StartScreen } from './start/start-screen';
import { Handover } from './handover/handover';
import { PreviewButton } from './preview/preview-button';
import { loadCopy, type SavedCopy } from './working-copy/storage';
import { markOpenInThisTab } from './working-copy/tab-session';
import { useEditorSession, WorkingCopyProvider } from './working-copy/working-copy-context';
import { EditorBoundary } from './workspace/editor-boundary';
import { Workspace } from './workspace/workspace';

interface EditorAppProps {
  readonly storage: Storage | null;
  /** The working copy to go straight back to (this tab was reloaded with a file open). */
  readonly restored: SavedCopy | null;
  readonly initialLanguage: Language;
}

/** ?lang=en keeps the language over a reload, as on the map. */
function rememberLanguage(language: Language): void {
  const url = new URL(window.location.href);
  if (language === 'pl') url.searchParams.delete('lang');
  else url.searchParams.set('lang', language);
  window.history.replaceState(window.history.state, '', url);
}

/** The editor: the start screen until a file is open, then the workspace. */
export function EditorApp({ storage, restored, initialLanguage }: EditorAppProps) {
  const [language, setLanguage] = useState(initialLanguage);
  const text = useMemo(() => editorText(language), [language]);
  useEffect(
    function showLanguage() {
      document.documentElement.lang = language;
      document.title = text.t.app.title;
    },
    [language, text],
  );
  const changeLanguage = (next: Language) => {
    rememberLanguage(next);
    setLanguage(next);
  };
  return (
    <EditorTextContext value={text}>
      <EditorBoundary t={text.t}>
        <I18nProvider language={language}>
          <WorkingCopyProvider storage={storage} initial={restored}>
            <Screens storage={storage} onLanguage={changeLanguage} />
          </WorkingCopyProvider>
        </I18nProvider>
      </EditorBoundary>
    </EditorTextContext>
  );
}

function Screens({
  storage,
  onLanguage,
}: {
  storage: Storage | null;
  onLanguage: (language: Language) => void;
}) {
  const { copy } = useEditorSession();
  const [notes, setNotes] = useState<OpenNotes | null>(null);
  const open = copy !== null;
  // Once a file was open, the start screen is a return (start over), not the first view.
  const [wasOpen, setWasOpen] = useState(open);
  if (open && !wasOpen) setWasOpen(true);
  useEffect(
    function rememberOpenInThisTab() {
      markOpenInThisTab(open);
    },
    [open],
  );
  if (open)
    return (
      <Workspace
        onLanguage={onLanguage}
        notes={notes}
        actions={
          <>
            <PreviewButton />
            <Handover />
          </>
        }
      />
    );
  return (
    <StartScreen
      saved={loadCopy(storage)}
      onLanguage={onLanguage}
      onNotes={setNotes}
      focusHeading={wasOpen}
    />
  );
}
