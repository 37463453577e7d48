import type { LatLng, Map as LeafletMap } from 'leaflet';

/** Half a marker's target: a marker this close to a control would sit under it. */
export const HALF_TARGET = 14;
/**
 * The bottom strip the off-screen signs take (one row; two on a phone). A fixed strip, not
 * the signs' own boxes: which markers are out of view decides which signs there are.
 */
const SIGNS_STRIP = 56;
const NARROW_SIGNS_STRIP = 104;
/** Below this width of the map the off-screen signs wrap onto two rows. */
export const NARROW_MAP = 480;

/** A box in the map's container, in pixels. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Whether a place's marker lies wholly inside the visible map, clear of the map's controls
 * (`controls`, their boxes grown by half a target) and of the strip of off-screen signs.
 */
export function isPlaceInView(map: LeafletMap, place: LatLng, controls: readonly Box[]): boolean {
  const size = map.getSize();
  const p = map.latLngToContainerPoint(place);
  const margin = 8;
  const bottom = size.x < NARROW_MAP ? NARROW_SIGNS_STRIP : SIGNS_STRIP;
  const inside = p.x >= margin && p.y >= margin && p.x <= size.x - margin && p.y <= size.y - bottom;
  return (
    inside && !controls.some((c) => p.x > c.left && p.x < c.right && p.y > c.top && p.y < c.bottom)
  );
}
