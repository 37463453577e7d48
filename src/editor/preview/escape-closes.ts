import { useEffect } from 'react';
import type { ViewStore } from '../../app/view-store';

/**
 * Escape closes the preview, unless the map used it: to close a city's panel (its view
 * changed), inside a control that handles its own Escape (it prevented the default), or to
 * close its own dialog (one is open).
 */
export function useEscapeCloses(store: ViewStore, close: () => void): void {
  useEffect(
    function closeOnEscape() {
      let viewBefore = store.read();
      // Capture runs before the map's own handlers; the bubbling listener after all of them.
      function before(event: KeyboardEvent) {
        if (event.key === 'Escape') viewBefore = store.read();
      }
      function after(event: KeyboardEvent) {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        if (document.querySelector('dialog[open]')) return;
        if (store.read() !== viewBefore) return;
        close();
      }
      window.addEventListener('keydown', before, true);
      window.addEventListener('keydown', after);
      return function stopListening() {
        window.removeEventListener('keydown', before, true);
        window.removeEventListener('keydown', after);
      };
    },
    [store, close],
  );
}
