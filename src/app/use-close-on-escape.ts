import { useEffect } from 'react';

/** Escape closes what is open (a city's panel), unless something inside took the key first. */
export function useCloseOnEscape(open: boolean, close: () => void) {
  useEffect(
    function closeOnEscape() {
      if (!open) return;
      function onKeyDown(event: KeyboardEvent) {
        // Controls with their own Escape (the search box, the country list) prevent its default.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        // A modal dialog (the share dialog) closes itself on Escape, without preventing it.
        if (document.querySelector('dialog[open]')) return;
        close();
      }
      document.addEventListener('keydown', onKeyDown);
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown);
      };
    },
    [open, close],
  );
}
