import './share-button.css';
import { useEffect, useRef, useState } from 'react';
import { lazyCode } from '../../lib/lazy-code';
import { whenIdle } from '../../lib/when-idle';
import { useI18n } from '../../i18n/i18n-context';
import { RegionBoundary } from '../../ui/region-boundary';

/**
 * The dialog's code is not in the first bundle: most visits never open it. It loads once the
 * page is idle, so it is there by the time anyone clicks.
 */
const { useCode: useDialogCode, preload: preloadDialog } = lazyCode('The share dialog', () =>
  import('./share-dialog').then((module) => module.ShareDialog),
);

/** "Udostępnij / Osadź": opens the share dialog; focus returns here when it closes. */
export function ShareButton() {
  const { t } = useI18n();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const dialog = useDialogCode(open);
  useEffect(function loadDialogAhead() {
    return whenIdle(preloadDialog);
  }, []);

  return (
    <>
      <span className="share-control">
        <button
          type="button"
          ref={buttonRef}
          className="share-button"
          aria-haspopup="dialog"
          aria-busy={open && dialog.state === 'loading'}
          onClick={() => {
            // After a failed download, each press tries again.
            if (dialog.state === 'failed') dialog.retry();
            setOpen(true);
          }}
          // The note that the dialog could not load goes away when the button is left.
          onBlur={() => {
            if (dialog.state === 'failed') setOpen(false);
          }}
        >
          {t.share.button}
        </button>
        {open && dialog.state === 'failed' && (
          <span className="share-button__failed" role="alert">
            {t.share.codeFailed}
          </span>
        )}
      </span>
      {open && dialog.state === 'ready' && (
        <RegionBoundary region="share">
          <dialog.code
            onClose={() => {
              setOpen(false);
              buttonRef.current?.focus();
            }}
          />
        </RegionBoundary>
      )}
    </>
  );
}
