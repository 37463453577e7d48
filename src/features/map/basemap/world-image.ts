import { imageOverlay, type ImageOverlay, type Map as LeafletMap } from 'leaflet';
import worldImageUrl from './world-110m.svg?url';

/** The pane of the country outlines: under the tiles, so a tile server covers them. */
export const BASEMAP_PANE = 'basemap';
/** The credit for the outlines; a constant: Leaflet parses credits as HTML. */
const BASEMAP_ATTRIBUTION = 'Natural Earth';

/**
 * The world of Leaflet's projection: Web Mercator is square up to this latitude (Leaflet's
 * SphericalMercator.MAX_LATITUDE, which its types do not declare).
 */
const WORLD_BOUNDS: [[number, number], [number, number]] = [
  [-85.0511287798, -180],
  [85.0511287798, 180],
];

const images = new WeakMap<LeafletMap, ImageOverlay>();

/** The world image's name in the browser's element timing (PerformanceElementTiming). */
export const WORLD_IMAGE_TIMING = 'world-image';

/**
 * Lays Natural Earth's 1:110m country outlines under the map's cities as one image
 * (world-110m.svg, written by `npm run data:world-image`), from the map's first frame on:
 * the map is never an empty sea, and the outlines cost the page no work. An image, so the
 * browser counts the map, drawn with its markers, as the page's largest paint.
 */
export function addWorldImage(map: LeafletMap): void {
  map.createPane(BASEMAP_PANE).classList.add('basemap-pane');
  const image = imageOverlay(worldImageUrl, WORLD_BOUNDS, {
    pane: BASEMAP_PANE,
    interactive: false,
    // Decorative: the map's region and its markers carry the names.
    alt: '',
    attribution: BASEMAP_ATTRIBUTION,
  }).addTo(map);
  // Named for the browser's element timing: the page learns when the map is on screen.
  image.getElement()?.setAttribute('elementtiming', WORLD_IMAGE_TIMING);
  images.set(map, image);
}

/** Shows or hides the world image (hidden under the finer outlines, whose coasts differ). */
export function showWorldImage(map: LeafletMap, shown: boolean): void {
  const element = images.get(map)?.getElement();
  if (element) element.hidden = !shown;
}

/** Resolves once the world image is ready to be painted, or has failed; never rejects. */
export function worldImageDecoded(map: LeafletMap): Promise<void> {
  const element = images.get(map)?.getElement();
  return element ? element.decode().catch(() => undefined) : Promise.resolve();
}

/** Whether the world image could not be loaded (so far). */
export function worldImageFailed(map: LeafletMap): boolean {
  const element = images.get(map)?.getElement();
  return element !== undefined && element.complete && element.naturalWidth === 0;
}

/**
 * Calls `onChange` with whether the world image failed, each time it loads or fails; returns
 * the function that stops it.
 */
export function watchWorldImage(map: LeafletMap, onChange: (failed: boolean) => void) {
  const image = images.get(map);
  const loaded = () => onChange(false);
  const failed = () => onChange(true);
  image?.on('load', loaded).on('error', failed);
  return () => void image?.off('load', loaded).off('error', failed);
}

/** Asks for the world image again. */
export function retryWorldImage(map: LeafletMap): void {
  images.get(map)?.setUrl(worldImageUrl);
}
