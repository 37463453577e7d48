import { latLng, point, type LatLng, type Map as LeafletMap } from 'leaflet';
import { MARKER_SIZE } from '../../../ui/marker-symbol';
import type { MapCity, MapHub } from '../map-city';
import { spreadMarkers } from './marker-layout';

/** Above this many shown cities, nearby ones gather into clusters; below, each has a marker. */
export const CLUSTER_ABOVE = 200;
/** The home city's key among the places. */
export const HUB_ID = '@hub';
/** Centre-to-centre offset (along x or y) that leaves a gap of a few pixels between two markers. */
export const MIN_DISTANCE = MARKER_SIZE + 4;

export interface MarkerPlace {
  /** Where the city is. */
  true: LatLng;
  /** Where its marker stands, moved aside when the true places of two markers are too close. */
  shown: LatLng;
  moved: boolean;
}

export interface Spot {
  id: string;
  lat: number;
  lng: number;
}

export function spread(map: LeafletMap, zoom: number, spots: readonly Spot[], minDistance: number) {
  const projected = spots.map((spot) => {
    const p = map.project(latLng(spot.lat, spot.lng), zoom);
    return { id: spot.id, x: p.x, y: p.y };
  });
  return spreadMarkers(projected, minDistance).map((shown, index) => {
    const original = projected[index]!;
    const spot = spots[index]!;
    const moved = Math.hypot(shown.x - original.x, shown.y - original.y) > 1;
    const truePlace = latLng(spot.lat, spot.lng);
    return {
      id: spot.id,
      place: {
        true: truePlace,
        shown: moved ? map.unproject(point(shown.x, shown.y), zoom) : truePlace,
        moved,
      },
    };
  });
}

/**
 * Where the home city's and each city's marker stand at the map's zoom, spread so none covers
 * another: the layout without clusters, the same for the first frame (boot/) and the map.
 */
export function placeEachMarker(
  map: LeafletMap,
  hub: MapHub,
  cities: readonly MapCity[],
): Map<string, MarkerPlace> {
  const hubSpot = { id: HUB_ID, lat: hub.lat, lng: hub.lng };
  return new Map(
    spread(map, map.getZoom(), [hubSpot, ...cities], MIN_DISTANCE).map((s) => [s.id, s.place]),
  );
}
