import { useEffect, useRef, useState } from 'react';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { MapPreview, preloadPreview } from './map-preview';
import { usePreviewText } from './use-preview-text';

/** Opens the working copy in the real map; focus comes back here when the preview closes. */
export function PreviewButton() {
  const { t } = usePreviewText();
  const { draft } = useWorkingCopy();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(
    function focusBackOnClose() {
      // After the preview is gone: until then the editor is inert and cannot take focus.
      if (wasOpen.current && !open) button.current?.focus();
      wasOpen.current = open;
    },
    [open],
  );
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button-secondary"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        onPointerEnter={preloadPreview}
        onFocus={preloadPreview}
      >
        {t.open}
      </button>
      {open && <MapPreview draft={draft} onClose={() => setOpen(false)} />}
    </>
  );
}
