import { Map as LeafletMap, type FitBoundsOptions, type LatLngBounds } from 'leaflet';
import { addWorldImage } from '../basemap/world-image';
import { prefersReducedMotion } from '../reduced-motion';

export interface MapInstanceOptions {
  bounds: LatLngBounds;
  /** The room around the first view's cities, for the map's width once laid out. */
  padding: (mapWidth: number) => FitBoundsOptions;
  /** Embedded in another page: the wheel zooms only after a click on the map. */
  embedded: boolean;
  /** The map's accessible name and the credits' prefix, in the interface language. */
  label: string;
  attributionPrefix: string;
}

/** Gives the map's element a role and a name, and the credits their prefix. */
export function nameMap(map: LeafletMap, label: string, attributionPrefix: string): void {
  const container = map.getContainer();
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', label);
  // A constant from the translations, never data: Leaflet parses the prefix as HTML.
  map.attributionControl?.setPrefix(attributionPrefix);
}

/**
 * The Leaflet map in `element`, framed on its first view, the countries drawn. The one way the
 * map is made: by the page's first script, before React (first-map.ts), or by the map
 * component when that did not run.
 */
export function createMapInstance(
  element: HTMLElement,
  { bounds, padding, embedded, label, attributionPrefix }: MapInstanceOptions,
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
  nameMap(map, label, attributionPrefix);
  map.fitBounds(bounds, padding(map.getSize().x));
  addWorldImage(map);
  return map;
}
