import { latLng, point, type LatLng } from 'leaflet';
import { useMemo, useState } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
import { MARKER_SIZE } from '../../ui/marker-symbol';
import type { MapCity, MapHub } from './map-city';
import { spreadMarkers } from './marker-layout';

/** Centre-to-centre offset (along x or y) that leaves a gap of a few pixels between two markers. */
const MIN_DISTANCE = MARKER_SIZE + 4;
export const HUB_ID = '@hub';

export interface MarkerPlace {
  /** Where the city is. */
  true: LatLng;
  /** Where its marker stands, moved aside when the true places of two markers are too close. */
  shown: LatLng;
  moved: boolean;
}

/** Places every marker for the current zoom so that none covers another. */
export function useMarkerLayout(
  hub: MapHub,
  cities: readonly MapCity[],
): ReadonlyMap<string, MarkerPlace> {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvent('zoomend', () => setZoom(map.getZoom()));

  return useMemo(() => {
    const places = [{ id: HUB_ID, lat: hub.lat, lng: hub.lng }, ...cities];
    const projected = places.map((place) => {
      const p = map.project(latLng(place.lat, place.lng), zoom);
      return { id: place.id, x: p.x, y: p.y };
    });
    const spread = spreadMarkers(projected, MIN_DISTANCE);
    const layout = new Map<string, MarkerPlace>();
    spread.forEach((shown, index) => {
      const original = projected[index]!;
      const place = places[index]!;
      const moved = Math.hypot(shown.x - original.x, shown.y - original.y) > 1;
      layout.set(shown.id, {
        true: latLng(place.lat, place.lng),
        shown: moved ? map.unproject(point(shown.x, shown.y), zoom) : latLng(place.lat, place.lng),
        moved,
      });
    });
    return layout;
  }, [map, zoom, hub.lat, hub.lng, cities]);
}
