import { useEditorText } from '../i18n/use-editor-text';
import type { SaveStatus } from '../working-copy/working-copy-context';

/**
 * "Zapisano" / "Zapisywanie…" beside the file name. Only whether the work is kept is
 * announced (saved, or not saved and why), not every save while typing.
 */
export function SaveStatusText({ saved }: { saved: SaveStatus }) {
  const { t } = useEditorText();
  const shown =
    saved.state === 'saving'
      ? t.status.saving
      : saved.state === 'saved'
        ? t.status.saved
        : t.status.failed;
  const announced = saved.state === 'failed' ? t.status.failed : t.status.saved;
  return (
    <>
      <span className={`save-status save-status--${saved.state}`} aria-hidden="true">
        {shown}
      </span>
      <span className="visually-hidden" role="status">
        {announced}
      </span>
    </>
  );
}

/** Why the work is not kept in this browser, and what to do: download before closing. */
export function SaveFailure({ saved }: { saved: SaveStatus }) {
  const { t } = useEditorText();
  if (saved.state !== 'failed') return null;
  return (
    <p className="save-failure" role="alert">
      {t.status.failedHint[saved.reason]}
    </p>
  );
}
