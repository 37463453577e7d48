import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * False until the component's first frame has been painted, then true: for what can come a
 * frame later (the lines from Poznań), so that the markers are drawn first, in a shorter task.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(
    function waitForFirstPaint() {
      if (painted) return;
      return afterNextPaint(() => setPainted(true));
    },
    [painted],
  );
  return painted;
}
