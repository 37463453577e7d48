import { useRef } from 'react';
import { useEditorText } from '../i18n/use-editor-text';
import { useEditorSession } from '../working-copy/working-copy-context';

/** "Zacznij od nowa": asks first in a modal dialog, then forgets the working copy. */
export function StartOver() {
  const { t } = useEditorText();
  const { startOver } = useEditorSession();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        className="button-secondary"
        onClick={() => dialog.current?.showModal()}
      >
        {t.startOver.button}
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby="start-over-title"
        aria-describedby="start-over-body"
      >
        <h2 id="start-over-title">{t.startOver.title}</h2>
        <p id="start-over-body">{t.startOver.body}</p>
        <div className="confirm-dialog__actions">
          {/* The safe choice first, and focused when the dialog opens. */}
          <button
            type="button"
            className="button-secondary"
            autoFocus
            onClick={() => dialog.current?.close()}
          >
            {t.startOver.cancel}
          </button>
          <button
            type="button"
            className="button-danger"
            onClick={() => {
              dialog.current?.close();
              startOver();
            }}
          >
            {t.startOver.confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
