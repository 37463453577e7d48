import { useEffect } from 'react';

/** The performance mark `npm run bench` waits for: the markers are on screen. */
export const MARKERS_DRAWN = 'poznan-map:markers-drawn';

/**
 * Marks the moment the markers of `cities` have been painted (after the next frame), each
 * time the shown cities change, once their layout is `ready`: the benchmark reads it for first load and for a theme click.
 */
export function useDrawnMark(ready: boolean, count: number, cities: unknown): void {
  useEffect(
    function markDrawn() {
      if (!ready) return;
      const frame = requestAnimationFrame(() =>
        performance.mark(MARKERS_DRAWN, { detail: { count } }),
      );
      return () => cancelAnimationFrame(frame);
    },
    [ready, count, cities],
  );
}
