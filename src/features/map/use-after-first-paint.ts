import { useEffect, useState } from 'react';

/**
 * False until the component's first frame has been painted, then true: for what can come a
 * frame later (the lines from Poznań), so that the markers are drawn first, in a shorter task.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(
    function waitForFirstPaint() {
      if (painted) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // A timeout set in an animation frame runs after that frame has been painted.
      const frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setPainted(true), 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    },
    [painted],
  );
  return painted;
}
