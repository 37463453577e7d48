import type { Map as LeafletMap } from 'leaflet';
import type { I18n } from '../../i18n/create-i18n';
import { afterNextPaint } from '../../lib/after-next-paint';
import { cityLabel } from './markers/city-label';
import { CityMarkers } from './markers/city-markers';
import { isPlaceInView } from './markers/in-view';
import { OffscreenSigns, type SignState } from './markers/offscreen-signs';
import { CLUSTER_ABOVE, HUB_ID, placeEachMarker } from './markers/marker-places';
import { CITIES_REACHABLE, MARKERS_DRAWN } from './markers/drawn-mark';
import type { MapCity, MapHub } from './map-city';
import { firstViewBounds, paddingForMapWidth } from './view/first-view';
import { createMapInstance } from './view/map-instance';
import { WORLD_IMAGE_TIMING, worldImageDecoded } from './basemap/world-image';

/** The map and its markers drawn before React, waiting for the map component to take them over. */
export interface FirstMap {
  map: LeafletMap;
  /** The map's own element (Leaflet's container), moved into the map component's box. */
  element: HTMLElement;
  /** Null once the city layer has taken them over. */
  markers: CityMarkers | null;
  /** The signs for the cities out of view; null once the city layer has taken them over. */
  signs: OffscreenSigns | null;
  /** A city clicked before the page could open it: opened once it can. */
  pendingCity: string | null;
}

let waiting: FirstMap | null = null;

export interface FirstMapInput {
  /** The home city. */
  hub: MapHub;
  /** The cities to show (filtered as the address says). */
  cities: readonly MapCity[];
  /** Every city of the data: the first view is framed on these. */
  allCities: readonly { lat: number; lng: number }[];
  selectedCityId: string | null;
  embedded: boolean;
  i18n: I18n;
}

/**
 * Draws the map and its markers into `host` with the same code the map component uses, so the
 * visitor sees the cities while React and the rest of the page are still loading. Returns
 * false, drawing nothing, when the cities would be clustered (the map component does that).
 */
export function drawFirstMap(host: HTMLElement, input: FirstMapInput): boolean {
  const { hub, cities, i18n } = input;
  if (cities.length > CLUSTER_ABOVE) return false;
  const element = document.createElement('div');
  element.className = 'cooperation-map';
  host.append(element);
  const map = createMapInstance(element, {
    bounds: firstViewBounds(hub, input.allCities),
    padding: paddingForMapWidth,
    embedded: input.embedded,
    label: i18n.t.map.label,
    attributionPrefix: i18n.t.map.attributionPrefix,
  });
  const first: FirstMap = { map, element, markers: null, signs: null, pendingCity: null };
  const openLater = (cityId: string) => {
    first.pendingCity = cityId;
  };
  const markers = new CityMarkers(map, openLater);
  const signs = new OffscreenSigns(map, openLater);
  first.markers = markers;
  first.signs = signs;
  const places = placeEachMarker(map, hub, cities);
  const drawn = cities.map((city) => {
    const position = places.get(city.id)!.shown;
    return {
      city,
      position,
      label: cityLabel(i18n, city),
      selected: city.id === input.selectedCityId,
      inView: isPlaceInView(map, position, []),
    };
  });
  markers.setHub(hub, places.get(HUB_ID)?.shown);
  markers.setCities(drawn);
  signs.setSigns(
    drawn
      .filter(({ inView }) => !inView)
      .map(({ city, position, label }) => ({
        city,
        position,
        label: i18n.t.map.offscreenCity(label),
      })) satisfies SignState[],
    {
      group: i18n.t.map.offscreenGroup,
      toggle: (n: number) => i18n.t.map.offscreenToggle(i18n.count(n, i18n.t.nouns.city)),
    },
  );
  waiting = first;
  // Every city is reachable from now on: a marker in view or a sign that leads to it.
  requestAnimationFrame(() => {
    const detail = { count: cities.length };
    performance.mark(MARKERS_DRAWN, { detail });
    performance.mark(CITIES_REACHABLE, { detail });
  });
  return true;
}

/** How long firstMapShown waits at most: a slow image must not hold the page back for long. */
const SHOWN_WAIT_MS = 500;

/**
 * Resolves once the map drawn before React is on screen with its world image: when the
 * browser reports the image painted (element timing, in Chromium), else two frames after it
 * is ready to paint; after SHOWN_WAIT_MS at the latest, at once when there is no such map.
 */
export function firstMapShown(): Promise<void> {
  const map = waiting?.map;
  if (!map) return Promise.resolve();
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, SHOWN_WAIT_MS));
  if (!PerformanceObserver.supportedEntryTypes.includes('element')) {
    const painted = worldImageDecoded(map).then(
      () => new Promise<void>((resolve) => afterNextPaint(() => afterNextPaint(resolve))),
    );
    return Promise.race([painted, timeout]);
  }
  let observer: PerformanceObserver | undefined;
  const painted = new Promise<void>((resolve) => {
    observer = new PerformanceObserver((list) => {
      const entries = list.getEntries() as (PerformanceEntry & { identifier?: string })[];
      if (entries.some((entry) => entry.identifier === WORLD_IMAGE_TIMING)) resolve();
    });
    observer.observe({ type: 'element', buffered: true });
  });
  return Promise.race([painted, timeout]).finally(() => observer?.disconnect());
}

/** Whether a map drawn before React is waiting to be taken over. */
export function hasFirstMap(): boolean {
  return waiting !== null;
}

/**
 * The markers drawn before React on `map`, for the city layer to take over, once (a second
 * mount, in React's strict mode, draws its own), with the city clicked on them meanwhile.
 */
export function claimFirstMarkers(
  first: FirstMap | null,
  map: LeafletMap,
): { markers: CityMarkers; pendingCity: string | null } | null {
  if (!first || first.map !== map || !first.markers) return null;
  const { markers, pendingCity } = first;
  first.markers = null;
  first.pendingCity = null;
  return { markers, pendingCity };
}

/** The signs drawn before React on `map`, for the city layer to take over, once. */
export function claimFirstSigns(first: FirstMap | null, map: LeafletMap): OffscreenSigns | null {
  if (!first || first.map !== map || !first.signs) return null;
  const { signs } = first;
  first.signs = null;
  return signs;
}

/** The map drawn before React, once: the map component takes it over, or makes its own. */
export function takeFirstMap(): FirstMap | null {
  const first = waiting;
  waiting = null;
  return first;
}
