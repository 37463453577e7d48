import type { LatLng } from 'leaflet';
import { useCallback, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';

/** Half a marker's target: a marker this close to a control would sit under it. */
const HALF_TARGET = 14;

/**
 * Whether a place's marker lies wholly inside the visible map and clear of the map's controls
 * (zoom buttons, credits, the off-screen signs), re-checked as the map moves. A marker under a control can be
 * neither seen nor clicked, so it is treated as out of view.
 */
export function useIsInView(): (place: LatLng) => boolean {
  const map = useMap();
  const [, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useMapEvents({ moveend: refresh, zoomend: refresh, resize: refresh });
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  // The off-screen signs cover the bottom of the map like a control.
  const covers = container.querySelectorAll('.leaflet-control, .offscreen-signs button');
  const controls = [...covers].map((control) => {
    const box = control.getBoundingClientRect();
    return {
      left: box.left - origin.left - HALF_TARGET,
      right: box.right - origin.left + HALF_TARGET,
      top: box.top - origin.top - HALF_TARGET,
      bottom: box.bottom - origin.top + HALF_TARGET,
    };
  });
  return (place) => {
    const size = map.getSize();
    const p = map.latLngToContainerPoint(place);
    const margin = 8;
    const inside =
      p.x >= margin && p.y >= margin && p.x <= size.x - margin && p.y <= size.y - margin;
    return (
      inside &&
      !controls.some((c) => p.x > c.left && p.x < c.right && p.y > c.top && p.y < c.bottom)
    );
  };
}
