import { useCallback, useEffect, useRef, useState } from 'react';
import { whenIdle } from '../../lib/when-idle';
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
  const close = useCallback(() => setOpen(false), []);
  useEffect(function preloadWhenIdle() {
    // The map's code comes while the clerk edits: the preview opens at once, and still opens
    // if the network is gone by then.
    return whenIdle(preloadPreview);
  }, []);
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
      {open && <MapPreview draft={draft} onClose={close} />}
    </>
  );
}
