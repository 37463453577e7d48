import type { ArcDirection, CityArcs } from './arc-style';
import { arcWeight, distanceKm, greatCirclePoints, type LatLng } from './great-circle';

export type ArcPoints = readonly (readonly [lat: number, lng: number])[];

/** One line to draw: a city, one direction, its path and stroke width. */
export interface ArcLine {
  key: string;
  cityId: string;
  direction: ArcDirection;
  visits: number;
  points: ArcPoints;
  weight: number;
}

/**
 * Points per line, as a level of detail. Fine: one segment per 400 km, up to 24, curved even
 * when zoomed in. Coarse, above FINE_UP_TO lines: one per 1500 km, up to 8, since Leaflet
 * projects every point on each zoom and clips it on each pan (bench: 20,000 fine lines held
 * about 370,000 points, several hundred ms per zoom; coarse keeps it under 150,000). A bent
 * line needs at least 4 segments to look curved.
 */
const DETAIL = {
  fine: { kmPerSegment: 400, max: 24 },
  coarse: { kmPerSegment: 1500, max: 8 },
} as const;
export type ArcDetail = keyof typeof DETAIL;
const MIN_SEGMENTS = 4;
const FINE_UP_TO = 2000;

/**
 * How far the two lines of a city with visits both ways part at their middle, as a share of
 * their length: each keeps to the right of its direction of travel, so neither hides the other.
 */
const BEND = 0.05;
const EPSILON = 1e-12;
const RADIANS = Math.PI / 180;

/** Segments for a line of `km` at a level of detail. */
export function arcSegments(km: number, detail: ArcDetail): number {
  const { kmPerSegment, max } = DETAIL[detail];
  return Math.min(Math.max(Math.ceil(km / kmPerSegment), MIN_SEGMENTS), max);
}

/** The level of detail for `lines` lines on the map at once. */
export function arcDetail(lines: number): ArcDetail {
  return lines <= FINE_UP_TO ? 'fine' : 'coarse';
}

/** Which side a line bends to: none when the city has visits one way only. */
type Side = -1 | 0 | 1;

type Vector = [number, number, number];

function toVector(lat: number, lng: number): Vector {
  const phi = lat * RADIANS;
  const lambda = lng * RADIANS;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

/**
 * The great circle from `hub` to `city`, bowed to one side by up to BEND of its length in the
 * middle and not at all at the ends: each inner point turned towards the circle's pole.
 */
function bentGreatCircle(hub: LatLng, city: LatLng, side: Side, detail: ArcDetail): ArcPoints {
  const points = greatCirclePoints(hub, city, arcSegments(distanceKm(hub, city), detail));
  if (side === 0) return points;
  const a = toVector(hub.lat, hub.lng);
  const b = toVector(city.lat, city.lng);
  const pole: Vector = [
    a[1] * b[2] - a[2] * b[1],
    a[2] * b[0] - a[0] * b[2],
    a[0] * b[1] - a[1] * b[0],
  ];
  const size = Math.hypot(...pole);
  // Antipodes or one place: no single plane to bend out of.
  if (size < EPSILON) return points;
  const total = Math.atan2(size, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
  const last = points.length - 1;
  return points.map((point, index) => {
    if (index === 0 || index === last) return point;
    const [x, y, z] = toVector(point[0], point[1]);
    const offset = side * BEND * total * Math.sin((Math.PI * index) / last);
    const cos = Math.cos(offset);
    const sin = Math.sin(offset) / size;
    const bx = cos * x + sin * pole[0];
    const by = cos * y + sin * pole[1];
    const bz = cos * z + sin * pole[2];
    const lat = Math.atan2(bz, Math.hypot(bx, by)) / RADIANS;
    const lng = Math.atan2(by, bx) / RADIANS;
    // Keep the longitude on the same turn as the unbent point, so the line stays one piece.
    return [lat, lng + 360 * Math.round((point[1] - lng) / 360)] as const;
  });
}

/** Remembers each line's points across calls, so a filter change recomputes only new lines. */
export type ArcGeometryCache = Map<string, ArcPoints>;

/**
 * The lines from `hub` to each city: one per direction with visits, as wide as arcWeight()
 * says against the busiest direction of any shown city. A city with visits both ways gets two
 * lines bent apart; a city at the hub's own place gets none. Widest first: drawn in this order,
 * thin lines end on top, so a busy city never buries a quiet one.
 */
export function arcLines(
  hub: LatLng,
  arcs: readonly CityArcs[],
  cache: ArcGeometryCache = new Map(),
): ArcLine[] {
  let maxVisits = 0;
  let count = 0;
  for (const arc of arcs) {
    maxVisits = Math.max(maxVisits, arc.incoming, arc.outgoing);
    count += Number(arc.incoming > 0) + Number(arc.outgoing > 0);
  }
  const detail = arcDetail(count);
  const lines: ArcLine[] = [];
  for (const arc of arcs) {
    if (arc.lat === hub.lat && arc.lng === hub.lng) continue;
    const both = arc.incoming > 0 && arc.outgoing > 0;
    for (const direction of ['outgoing', 'incoming'] as const) {
      const visits = arc[direction];
      if (!(visits > 0)) continue;
      // Drawn from the hub: going out, right of travel is the pole's opposite; coming in, the pole.
      const side: Side = both ? (direction === 'outgoing' ? -1 : 1) : 0;
      const geometryKey = `${arc.cityId}@${arc.lat},${arc.lng}>${hub.lat},${hub.lng}/${side}/${detail}`;
      let points = cache.get(geometryKey);
      if (!points) {
        points = bentGreatCircle(hub, arc, side, detail);
        cache.set(geometryKey, points);
      }
      lines.push({
        key: `${arc.cityId}:${direction}`,
        cityId: arc.cityId,
        direction,
        visits,
        points,
        weight: arcWeight(visits, maxVisits),
      });
    }
  }
  // Stable: lines of one width keep the order of `arcs`.
  return lines.sort((a, b) => b.weight - a.weight);
}
