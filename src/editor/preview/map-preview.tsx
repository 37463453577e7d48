import './map-preview.css';
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { EMPTY_VIEW, serializeViewState } from '../../app/url-state';
import { lazyCode } from '../../lib/lazy-code';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import type { Draft } from '../working-copy/draft';
import { useEscapeCloses } from './escape-closes';
import { useInertOutside } from './inert-outside';
import { memoryViewStore } from './preview-view-store';
import { PreviewedMap } from './previewed-map';
import { readDraft, type ReadDraft } from './read-draft';
import { usePreviewText } from './use-preview-text';

/** The public map's page code: the same chunk the published map loads, on demand. */
const appCode = lazyCode('The map preview', () =>
  import('../../app/start').then((module) => module.renderApp),
);

/** Loads the map's code ahead of time, e.g. when a pointer comes near the preview button. */
export const preloadPreview = appCode.preload;

/**
 * The working copy in the real map, over the whole window, with a bar saying that nothing is
 * published and a way back to editing. Focus moves into it; Escape closes it (unless the map
 * uses the key itself). A draft with errors shows what can be drawn, the map's notice
 * counting what it left out; a draft the map cannot draw at all says why.
 */
export function MapPreview({ draft, onClose }: { draft: Draft; onClose: () => void }) {
  const { t, language } = usePreviewText();
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLParagraphElement>(null);
  // The editor's language is the map's first; the map's view lives here, not in the address.
  const [store] = useState(() => memoryViewStore(serializeViewState({ ...EMPTY_VIEW, language })));
  const code = appCode.useCode();
  const read = useReadDraft(draft);
  useInertOutside(dialog);
  useEscapeCloses(store, onClose);
  useEffect(function focusInside() {
    title.current?.focus();
  }, []);

  let content;
  if (code.state === 'failed') {
    content = (
      <ErrorState
        title={t.codeFailed}
        hint={t.codeFailedHint}
        retryLabel={t.retry}
        detailsLabel={t.details}
        details={[]}
        onRetry={code.retry}
        retrying={false}
      />
    );
  } else if (code.state === 'loading' || read === null) {
    content = <LoadingState message={t.loading} />;
  } else if (!read.ok) {
    content = (
      <div className="map-preview__unreadable" role="alert">
        <h2>{t.unreadable}</h2>
        <p>{t.unreadableHint}</p>
        <details>
          <summary>{t.details}</summary>
          <ul>
            {[read.message, ...read.details].map((detail, index) => (
              <li key={index}>{detail}</li>
            ))}
          </ul>
        </details>
      </div>
    );
  } else {
    content = <PreviewedMap renderApp={code.code} loaded={read.loaded} store={store} />;
  }

  return createPortal(
    <div
      ref={dialog}
      className="map-preview"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
    >
      {/* In the editor's language, whichever the map inside is switched to. */}
      <div className="map-preview__bar" lang={language}>
        <p id={titleId} ref={title} className="map-preview__title" tabIndex={-1}>
          {t.bar}
        </p>
        <button type="button" className="map-preview__back" onClick={onClose}>
          {t.back}
        </button>
      </div>
      <div className="map-preview__content">{content}</div>
    </div>,
    document.body,
  );
}

/** The draft as the map reads it; null while it is being read. */
function useReadDraft(draft: Draft): ReadDraft | null {
  const [read, setRead] = useState<{ draft: Draft; result: ReadDraft } | null>(null);
  useEffect(
    function readForTheMap() {
      let current = true;
      void readDraft(draft).then((result) => {
        if (current) setRead({ draft, result });
      });
      return () => {
        current = false;
      };
    },
    [draft],
  );
  return read !== null && read.draft === draft ? read.result : null;
}
