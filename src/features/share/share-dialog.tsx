import './share-dialog.css';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { shareSnippets } from './share-snippets';

async function copy(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (some embeds, older browsers): select the text for Ctrl+C.
    field?.select();
    return false;
  }
}

function CopyField({
  label,
  hint,
  value,
  copyLabel,
  rows,
}: {
  label: string;
  hint?: string;
  value: string;
  copyLabel: string;
  rows: number;
}) {
  const { t } = useI18n();
  const id = useId();
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  return (
    <div className="share-field">
      <label htmlFor={id}>{label}</label>
      {hint && <p className="share-field__hint">{hint}</p>}
      <textarea id={id} ref={fieldRef} readOnly rows={rows} value={value} spellCheck={false} />
      <div className="share-field__actions">
        <button
          type="button"
          className="button-primary"
          onClick={async () =>
            setStatus((await copy(value, fieldRef.current)) ? t.share.copied : t.share.copyFailed)
          }
        >
          {copyLabel}
        </button>
        <span className="share-field__status" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}

/**
 * "Udostępnij / Osadź": a modal dialog (native <dialog>: focus stays inside, Escape closes)
 * with the link to the current view, the iframe code to embed it and the auto-height script.
 * Shown as soon as it is drawn; `onClose` unmounts it (the opener takes focus back).
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The view at the moment the dialog opens; it is modal, so the view cannot change under it.
  const [snippets] = useState(() => shareSnippets(window.location.href, t.map.label));
  useLayoutEffect(function showAsModal() {
    // Not twice: React's strict mode runs effects twice in development.
    if (dialogRef.current && !dialogRef.current.open) dialogRef.current.showModal();
  }, []);

  return (
    <dialog ref={dialogRef} className="share-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="share-dialog__header">
        <h2 id={titleId}>{t.share.title}</h2>
        <button
          type="button"
          className="share-dialog__close"
          onClick={() => dialogRef.current?.close()}
        >
          {t.share.close}
        </button>
      </div>
      <p>{t.share.intro}</p>
      <CopyField
        label={t.share.linkLabel}
        value={snippets.link}
        copyLabel={t.share.copyLink}
        rows={2}
      />
      <CopyField
        label={t.share.embedLabel}
        hint={t.share.embedHint}
        value={snippets.iframe}
        copyLabel={t.share.copyCode}
        rows={5}
      />
      <CopyField
        label={t.share.scriptLabel}
        hint={t.share.scriptHint}
        value={snippets.script}
        copyLabel={t.share.copyScript}
        rows={2}
      />
    </dialog>
  );
}
