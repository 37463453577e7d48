import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../features/language/language-switch';
import type { Language } from '../../i18n/languages';
import { useEditorText } from '../i18n/use-editor-text';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { SaveFailure, SaveStatusText } from './save-status';
import { StartOver } from './start-over';

interface EditorHeaderProps {
  readonly onLanguage: (language: Language) => void;
  /**
   * The handover (download) and preview buttons, wired in at merge by their owners
   * (src/editor/handover, src/editor/preview).
   */
  readonly actions?: ReactNode;
}

/** The file being edited, whether it is saved, the language, and the way back to the start. */
export function EditorHeader({ onLanguage, actions }: EditorHeaderProps) {
  const { t } = useEditorText();
  const { fileName, saved } = useWorkingCopy();
  return (
    <header className="editor-header">
      <div className="editor-header__titles">
        <h1 className="editor-header__title">{t.app.title}</h1>
        <p className="editor-header__file">
          <span className="editor-header__file-label">{t.header.file}:</span>{' '}
          <span className="editor-header__file-name">{fileName}</span>{' '}
          <SaveStatusText saved={saved} />
        </p>
      </div>
      <div className="editor-header__actions">
        {/* The place for the preview and handover buttons. */}
        {actions}
        <LanguageSwitch onChange={onLanguage} />
        <StartOver />
      </div>
      <SaveFailure saved={saved} />
    </header>
  );
}
