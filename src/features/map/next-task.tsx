import { useEffect, useState, type ReactNode } from 'react';
import { nextTask } from '../../lib/next-task';

/**
 * Renders its children a task after it was first drawn, and from then on like any children.
 * Building a whole map at once (Leaflet's map, its controls, markers, tiles, the outlines) is
 * one long task that keeps a phone from answering a tap; in steps, each is short and the
 * browser can handle input between them. `now` renders them at once (the markers, when the
 * first frame has drawn them already and they are only taken over).
 */
export function NextTask({ children, now = false }: { children: ReactNode; now?: boolean }) {
  const [shown, setShown] = useState(now);
  useEffect(
    function waitATask() {
      if (shown) return;
      return nextTask(() => setShown(true));
    },
    [shown],
  );
  return shown ? children : null;
}
