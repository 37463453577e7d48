import { useEffect } from 'react';
import { CITIES_REACHABLE, MARKERS_DRAWN } from './drawn-mark';

/**
 * Marks the moment the markers of `cities` have been painted (after the next frame), each
 * time the shown cities change, once their layout is `ready`: the benchmark reads it for first load and for a theme click.
 */
export function useDrawnMark(ready: boolean, count: number, cities: unknown): void {
  useEffect(
    function markDrawn() {
      if (!ready) return;
      const frame = requestAnimationFrame(() => {
        performance.mark(MARKERS_DRAWN, { detail: { count } });
        // The off-screen signs are drawn with the markers, by the same layer.
        performance.mark(CITIES_REACHABLE, { detail: { count } });
      });
      return () => cancelAnimationFrame(frame);
    },
    [ready, count, cities],
  );
}
