import type { LatLng } from 'leaflet';
import { HALF_TARGET, isPlaceInView, type Box } from './in-view';
import { useCallback, useEffect, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { afterNextPaint } from '../../../lib/after-next-paint';

function sameBoxes(a: readonly Box[], b: readonly Box[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (box, i) =>
        box.left === b[i]!.left &&
        box.right === b[i]!.right &&
        box.top === b[i]!.top &&
        box.bottom === b[i]!.bottom,
    )
  );
}

/**
 * Whether a place's marker lies wholly inside the visible map, clear of the map's controls
 * (zoom buttons, credits) and of the strip of off-screen signs, re-checked as the map moves.
 * A marker under a control or a sign can be neither seen nor clicked: it counts as out of view
 * and gets a sign itself.
 */
export function useIsInView(): (place: LatLng) => boolean {
  const map = useMap();
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useMapEvents({ moveend: refresh, zoomend: refresh, resize: refresh });

  // The controls are added to the map in effects, after the markers' first render: measured
  // after those, and again after each move or resize (the credits follow the map's size).
  // Measured once the frame is drawn, when the page's layout is done and reading it is
  // cheap; right away, the read would make the browser lay out the whole page in this task.
  const [controls, setControls] = useState<readonly Box[]>([]);
  useEffect(
    function measureControlsAfterFrame() {
      function measureControls() {
        const container = map.getContainer();
        const origin = container.getBoundingClientRect();
        const next = [...container.querySelectorAll('.leaflet-control')].map((control) => {
          const box = control.getBoundingClientRect();
          return {
            left: box.left - origin.left - HALF_TARGET,
            right: box.right - origin.left + HALF_TARGET,
            top: box.top - origin.top - HALF_TARGET,
            bottom: box.bottom - origin.top + HALF_TARGET,
          };
        });
        setControls((previous) => (sameBoxes(previous, next) ? previous : next));
      }
      return afterNextPaint(measureControls);
    },
    [map, version],
  );

  return (place) => isPlaceInView(map, place, controls);
}
