// The map's styles stay in the page's one stylesheet, before print.css (so print rules win),
// and apply from the first frame; only the map's code waits for its own chunk.
import 'leaflet/dist/leaflet.css';
import './lines/arcs-layer.css';
import './cooperation-map.css';
import { lazyCode } from '../../lib/lazy-code';
import { clusteringCode } from './markers/clustering-code';
import { CLUSTER_ABOVE } from './markers/marker-places';

/**
 * The map (Leaflet and everything on it) is its own chunk: index.html preloads it with the
 * page, and it runs as soon as this module does, in a task of its own rather than inside the
 * first bundle's long start-up task. By the time the data has arrived it is ready.
 */
const mapCode = lazyCode('The map', () =>
  import('./cooperation-map').then((module) => module.CooperationMap),
);
void mapCode.load();

/** The map's code, once loaded (see lazyCode). */
export const useMapCode = mapCode.useCode;

/**
 * Resolves once the map's code has arrived, with the clustering's when `cityCount` cities
 * will be clustered (or failed: their states say which); never rejects.
 */
export async function loadMapCode(cityCount: number): Promise<void> {
  await Promise.all([mapCode.load(), cityCount > CLUSTER_ABOVE && clusteringCode.load()]);
}
