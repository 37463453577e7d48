import type { LatLng } from 'leaflet';
import { useMemo, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { ClusterIndex } from './cluster-index';
import { clusteringCode } from './clustering-code';
import type { MapCity, MapHub } from '../map-city';
import {
  CLUSTER_ABOVE,
  HUB_ID,
  MIN_DISTANCE,
  placeEachMarker,
  spread,
  type MarkerPlace,
  type Spot,
} from './marker-places';

export { CLUSTER_ABOVE, HUB_ID, type MarkerPlace } from './marker-places';

/** Cluster markers are larger than city markers; clusters keep this much apart. */
export const CLUSTER_SIZE = 36;
const CLUSTER_DISTANCE = CLUSTER_SIZE + 4;
/** Map pixels under which cities gather into one cluster. */
const CLUSTER_RADIUS = 48;
/** Clusters are looked for this far (in view sizes) around the view, so a small pan shows no gap. */
const VIEW_PADDING = 0.25;

const useClusteringCode = clusteringCode.useCode;

export interface ClusterPlace {
  id: number;
  /** The middle of its cities, where a click zooms to. */
  center: LatLng;
  /** Where its marker stands, moved aside when crowded. */
  position: LatLng;
  count: number;
  /** The cities with the most visits in it, for its accessible name. */
  top: readonly MapCity[];
}

export interface MarkerLayout {
  /** False while the clustering code is still loading (it comes only with many cities). */
  ready: boolean;
  /** Given when the clustering code could not be loaded: tries again. */
  retryClustering?: () => void;
  /** The home city and each city shown with its own marker. */
  places: ReadonlyMap<string, MarkerPlace>;
  /** Groups of nearby cities (only when there are more than CLUSTER_ABOVE cities). */
  clusters: readonly ClusterPlace[];
  /** Whether cities are clustered; then only those near the view have markers. */
  clustered: boolean;
  /** The zoom at which a cluster falls apart. */
  expansionZoom: (clusterId: number) => number;
}

/**
 * Places every marker for the current view so that none covers another. Up to CLUSTER_ABOVE
 * cities, each has a marker; above, nearby cities gather into clusters and only what is near
 * the view gets a marker, so the cost follows the screen, not the data.
 */
export function useMarkerLayout(hub: MapHub, cities: readonly MapCity[]): MarkerLayout {
  const map = useMap();
  const clustered = cities.length > CLUSTER_ABOVE;
  // Counts the moves that call for a new layout: every zoom, and every pan when clustered.
  const [moves, setMoves] = useState(0);
  useMapEvents({
    zoomend: () => setMoves((n) => n + 1),
    moveend: () => {
      if (clustered) setMoves((n) => n + 1);
    },
  });

  const clusteringCode = useClusteringCode(clustered);
  const clustering = clusteringCode.state === 'ready' ? clusteringCode.code : null;
  const retryClustering = clusteringCode.state === 'failed' ? clusteringCode.retry : undefined;
  const index: ClusterIndex | null = useMemo(
    () =>
      clustered && clustering
        ? clustering.buildClusterIndex(cities, CLUSTER_RADIUS, map.getMaxZoom())
        : null,
    [clustered, clustering, cities, map],
  );

  return useMemo(() => {
    const zoom = map.getZoom();
    const hubSpot = { id: HUB_ID, lat: hub.lat, lng: hub.lng };
    if (clustered && !clustering) {
      const places = new Map(
        spread(map, zoom, [hubSpot], MIN_DISTANCE).map((s) => [s.id, s.place]),
      );
      return {
        ready: false,
        retryClustering,
        places,
        clusters: [],
        clustered,
        expansionZoom: () => zoom,
      };
    }
    if (!index || !clustering) {
      const places = placeEachMarker(map, hub, cities);
      return { ready: true, places, clusters: [], clustered: false, expansionZoom: () => zoom };
    }
    const box = map.getBounds().pad(VIEW_PADDING);
    const items = clustering.itemsInView(
      index,
      cities,
      [box.getWest(), box.getSouth(), box.getEast(), box.getNorth()],
      zoom,
    );
    const spots: Spot[] = [hubSpot];
    const clusterCounts = new Map<string, { id: number; count: number; top: MapCity[] }>();
    for (const item of items) {
      if (item.type === 'city') spots.push(item.city);
      else {
        const id = `@cluster-${item.id}`;
        spots.push({ id, lat: item.lat, lng: item.lng });
        clusterCounts.set(id, item);
      }
    }
    const places = new Map<string, MarkerPlace>();
    const clusters: ClusterPlace[] = [];
    for (const { id, place } of spread(map, zoom, spots, CLUSTER_DISTANCE)) {
      const cluster = clusterCounts.get(id);
      if (cluster) clusters.push({ ...cluster, center: place.true, position: place.shown });
      else places.set(id, place);
    }
    return {
      ready: true,
      places,
      clusters,
      clustered: true,
      expansionZoom: (clusterId: number) =>
        Math.min(index.getClusterExpansionZoom(clusterId), map.getMaxZoom()),
    };
    // `moves` stands for the map's zoom and bounds, read above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, moves, clustered, clustering, retryClustering, index, hub.lat, hub.lng, cities]);
}
