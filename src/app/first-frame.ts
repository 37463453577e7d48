import { DATA_FILE } from '../data/fetch-cooperation';
import type { LoadedCooperation } from '../data/read-cooperation';
import { drawFirstMap, firstMapShown } from '../features/map/first-map';
import { CLUSTER_ABOVE } from '../features/map/markers/marker-places';
import { createI18n } from '../i18n/create-i18n';
import { nextTask } from '../lib/next-task';
import { firstMapView } from './shown-data';
import { parseViewState } from './url-state';

/**
 * How long the first frame waits for the data file: past this (a very slow network) the page
 * shows itself without the map, and draws the map when the data comes, with the same code.
 */
const DATA_WAIT_MS = 3000;

/**
 * Draws the map and its markers for `data` (the data file's request) into the page's static
 * first frame (index.html), before React and the rest of the page have loaded: the cities are
 * what the visitor waits for. The map component takes them over (first-map.ts). Never
 * throws: whatever goes wrong here, the page draws the map itself.
 */
export async function drawFirstFrame(data: Promise<LoadedCooperation>): Promise<void> {
  // The page's frame or the embedded map's, whichever index.html shows.
  const host = [...document.querySelectorAll<HTMLElement>('[data-first-map]')].find(
    (element) => element.getClientRects().length > 0,
  );
  if (!host) return;
  try {
    const loaded = await Promise.race([
      data.catch(() => null),
      new Promise<null>((resolve) => setTimeout(resolve, DATA_WAIT_MS, null)),
    ]);
    // So many cities are drawn in clusters, by the page: the first frame would work for nothing.
    if (!loaded || loaded.data.cities.length > CLUSTER_ABOVE) return;
    // Three tasks rather than one long one (the file read and checked; the cities picked; the
    // map drawn), so that a tap or a key is answered in between.
    await new Promise((resolve) => nextTask(() => resolve(null)));
    const view = parseViewState(location.search);
    const i18n = createI18n(view.language);
    const shown = firstMapView(loaded.data, view, i18n);
    await new Promise((resolve) => nextTask(() => resolve(null)));
    drawFirstMap(host, {
      ...shown,
      allCities: loaded.data.cities,
      embedded: view.embedded,
      i18n,
    });
    // Done once the map is on screen: the page's code, asked for then, does not compete with
    // painting it.
    await firstMapShown();
  } catch (error) {
    console.error('The first frame could not draw the map; the page draws it instead.', error);
  }
}

/**
 * Resolves after `ms` if the data file has not arrived by then (a slow network: the page's
 * code may run meanwhile); otherwise never, for the first frame is then reading and drawing
 * it, and the page's code run in between would only make the markers wait.
 */
export function dataSlowerThan(ms: number): Promise<void> {
  const url = new URL(DATA_FILE, document.baseURI).href;
  return new Promise((resolve) =>
    setTimeout(() => {
      if (performance.getEntriesByName(url, 'resource').length === 0) resolve();
    }, ms),
  );
}
