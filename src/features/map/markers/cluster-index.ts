import Supercluster from 'supercluster';
import type { MapCity } from '../map-city';

/** How many cities a cluster names in its accessible name. */
const NAMED = 3;

interface PointProps {
  index: number;
}
interface ClusterProps {
  /** Indices of the cities with the most visits in the cluster, most first. */
  top: number[];
}

export type ClusterIndex = Supercluster<PointProps, ClusterProps>;

export type ViewItem =
  | { type: 'city'; city: MapCity }
  | { type: 'cluster'; id: number; lat: number; lng: number; count: number; top: MapCity[] };

/**
 * A spatial index of the cities (supercluster: a k-d tree per zoom), built once per set of
 * shown cities; querying one view costs a few milliseconds at 10,000 cities.
 * `radius` is the distance in map pixels under which cities share a cluster.
 */
export function buildClusterIndex(
  cities: readonly MapCity[],
  radius: number,
  maxZoom: number,
): ClusterIndex {
  const byImportance = (a: number, b: number) => cities[b]!.visits - cities[a]!.visits || a - b;
  const index: ClusterIndex = new Supercluster<PointProps, ClusterProps>({
    radius,
    // Leaflet's tiles are 256 px: with that extent, `radius` is in the map's own pixels.
    extent: 256,
    // From this zoom on every city has its own marker, moved aside when crowded.
    maxZoom: maxZoom - 1,
    map: (props) => ({ top: [props.index] }),
    reduce: (accumulated, props) => {
      accumulated.top = mergeTop(accumulated.top, props.top, byImportance);
    },
  });
  index.load(
    cities.map((city, i) => ({
      type: 'Feature',
      properties: { index: i },
      geometry: { type: 'Point', coordinates: [city.lng, city.lat] },
    })),
  );
  return index;
}

/** The first NAMED of two lists already in order, in order (called for every merge: no sort). */
function mergeTop(a: number[], b: number[], compare: (x: number, y: number) => number): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < NAMED && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && compare(a[i]!, b[j]!) <= 0)) merged.push(a[i++]!);
    else merged.push(b[j++]!);
  }
  return merged;
}

/** The clusters and single cities within a box [west, south, east, north] at a zoom. */
export function itemsInView(
  index: ClusterIndex,
  cities: readonly MapCity[],
  box: [number, number, number, number],
  zoom: number,
): ViewItem[] {
  return index.getClusters(box, Math.floor(zoom)).map((feature): ViewItem => {
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const props = feature.properties;
    if ('cluster' in props && props.cluster) {
      return {
        type: 'cluster',
        id: props.cluster_id,
        lat,
        lng,
        count: props.point_count,
        top: props.top.map((i) => cities[i]!),
      };
    }
    return { type: 'city', city: cities[(props as PointProps).index]! };
  });
}
