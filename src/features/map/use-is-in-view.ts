import type { LatLng } from 'leaflet';
import { useCallback, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';

/** Whether a place's marker lies wholly inside the visible map, re-checked as the map moves. */
export function useIsInView(): (place: LatLng) => boolean {
  const map = useMap();
  const [, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useMapEvents({ moveend: refresh, zoomend: refresh, resize: refresh });
  return (place) => {
    const size = map.getSize();
    const p = map.latLngToContainerPoint(place);
    const margin = 8;
    return p.x >= margin && p.y >= margin && p.x <= size.x - margin && p.y <= size.y - margin;
  };
}
