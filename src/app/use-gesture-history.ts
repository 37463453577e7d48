import { useCallback, useEffect, useRef } from 'react';
import type { GesturePhase } from '../features/filters/slider-gesture';
import type { SetView } from './use-view-state';
import type { ViewUpdate } from './view-actions';

/**
 * Changes that a control makes during one gesture (a slider dragged, a run of its arrow keys)
 * share one history entry, so that Back undoes the whole gesture: its first change pushes the
 * entry, the later ones replace it. The control says when its gesture starts and ends.
 */
export function useGestureHistory(setView: SetView) {
  /** Null outside a gesture; in one, whether it has written its entry yet. */
  const written = useRef<boolean | null>(null);

  useEffect(function newEntryAfterBack() {
    // Back or Forward mid-gesture: the entry now shown is not the gesture's to replace.
    function onPopState() {
      if (written.current) written.current = false;
    }
    window.addEventListener('popstate', onPopState);
    return function stopListening() {
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  const onGesture = useCallback((phase: GesturePhase) => {
    written.current = phase === 'start' ? false : null;
  }, []);

  const change = useCallback(
    (update: ViewUpdate) => {
      const changed = setView(update, { replace: written.current === true });
      if (changed && written.current === false) written.current = true;
    },
    [setView],
  );

  return { onGesture, change };
}
