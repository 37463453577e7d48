import { useEditorText } from '../i18n/use-editor-text';
import type { OpenNotes } from '../start/open-bytes';

/** What the reader noticed about the file just opened: not UTF-8, keys written twice. */
export function OpenNotesNotice({ notes }: { notes: OpenNotes | null }) {
  const { t } = useEditorText();
  if (notes === null) return null;
  return (
    <div className="open-notes" role="status">
      <p>{t.load.openedWithNotes}</p>
      <ul>
        {notes.notUtf8 && <li>{t.load.notUtf8}</li>}
        {notes.duplicateKeys > 0 && <li>{t.load.duplicateKeys(notes.duplicateKeys)}</li>}
      </ul>
    </div>
  );
}
