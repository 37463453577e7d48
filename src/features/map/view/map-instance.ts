import { Map as LeafletMap, type FitBoundsOptions, type LatLngBounds } from 'leaflet';
import { prefersReducedMotion } from '../reduced-motion';

export interface MapInstanceOptions {
  bounds: LatLngBounds;
  padding: FitBoundsOptions;
  /** Embedded in another page: the wheel zooms only after a click on the map. */
  embedded: boolean;
}

/**
 * The Leaflet map in `element`, framed on its first view. The one way the map is made: by the
 * page's first script, before React (boot/), or by the map component when that did not run.
 */
export function createMapInstance(
  element: HTMLElement,
  { bounds, padding, embedded }: MapInstanceOptions,
): LeafletMap {
  const animate = !prefersReducedMotion();
  const map = new LeafletMap(element, {
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    minZoom: 1,
    maxZoom: 12,
    worldCopyJump: true,
    zoomControl: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    scrollWheelZoom: !embedded,
  });
  map.fitBounds(bounds, padding);
  return map;
}
