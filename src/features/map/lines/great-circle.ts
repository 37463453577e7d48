export interface LatLng {
  lat: number;
  lng: number;
}

type Vector = [x: number, y: number, z: number];

const EARTH_RADIUS_KM = 6371;
const KM_PER_SEGMENT = 100;
const MAX_POINTS = 64;
const EPSILON = 1e-12;

export const MIN_ARC_WEIGHT = 1.5;
export const MAX_ARC_WEIGHT = 6;

const RADIANS = Math.PI / 180;

function toVector({ lat, lng }: LatLng): Vector {
  const phi = lat * RADIANS;
  const lambda = lng * RADIANS;
  return [Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)];
}

function dot(a: Vector, b: Vector): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function length(a: Vector): number {
  return Math.sqrt(dot(a, a));
}

/** The part of `b` square to the unit vector `a`. */
function rejection(b: Vector, a: Vector): Vector {
  const along = dot(a, b);
  return [b[0] - along * a[0], b[1] - along * a[1], b[2] - along * a[2]];
}

/** The angle between two unit vectors; atan2 keeps it exact for near and far points alike. */
function angle(a: Vector, b: Vector): number {
  const cross: Vector = [
    a[1] * b[2] - a[2] * b[1],
    a[2] * b[0] - a[0] * b[2],
    a[0] * b[1] - a[1] * b[0],
  ];
  return Math.atan2(length(cross), dot(a, b));
}

/**
 * A unit vector square to `a` pointing along the great circle towards `b`. For antipodes every
 * great circle qualifies, and the one over the North Pole is taken.
 */
function heading(a: Vector, b: Vector): Vector {
  let side = rejection(b, a);
  if (length(side) < EPSILON) side = rejection([0, 0, 1], a);
  if (length(side) < EPSILON) side = rejection([1, 0, 0], a);
  const size = length(side);
  return [side[0] / size, side[1] / size, side[2] / size];
}

/** The great-circle distance in kilometres. */
export function distanceKm(from: LatLng, to: LatLng): number {
  return angle(toVector(from), toVector(to)) * EARTH_RADIUS_KM;
}

/** About one segment per 100 km, at least one, at most MAX_POINTS points in all. */
function segmentsFor(km: number): number {
  return Math.min(Math.max(Math.ceil(km / KM_PER_SEGMENT), 1), MAX_POINTS - 1);
}

/**
 * Points along the great circle from `from` to `to`, both included; one place gives two points.
 * Each longitude is taken within 180° of the one before, so it may leave -180..180: Leaflet
 * then draws a line across the antimeridian as one piece, not a stroke back across the map.
 */
export function greatCirclePoints(
  from: LatLng,
  to: LatLng,
  segments?: number,
): [lat: number, lng: number][] {
  if (segments !== undefined && !(Number.isInteger(segments) && segments >= 1)) {
    throw new RangeError(`Invalid number of segments: ${segments}`);
  }
  const a = toVector(from);
  const b = toVector(to);
  const total = angle(a, b);
  const count = total < EPSILON ? 1 : (segments ?? segmentsFor(total * EARTH_RADIUS_KM));
  const side = heading(a, b);
  const points: [number, number][] = [[from.lat, from.lng]];
  let previousLng = from.lng;
  for (let step = 1; step <= count; step++) {
    const last = step === count;
    const t = (step / count) * total;
    const [x, y, z] = along(a, side, t);
    const lat = last ? to.lat : Math.atan2(z, Math.hypot(x, y)) / RADIANS;
    const lng = unwrap(last ? to.lng : Math.atan2(y, x) / RADIANS, previousLng);
    points.push([lat, lng]);
    previousLng = lng;
  }
  return points;
}

/** The point `t` radians from `start` towards `side` on their great circle. */
function along(start: Vector, side: Vector, t: number): Vector {
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  return [
    cos * start[0] + sin * side[0],
    cos * start[1] + sin * side[1],
    cos * start[2] + sin * side[2],
  ];
}

/** `lng` moved by whole turns to lie within 180° of `previous`. */
function unwrap(lng: number, previous: number): number {
  return lng + 360 * Math.round((previous - lng) / 360);
}

/**
 * The stroke width in pixels of a line for a city with `visits` visits, when the busiest city
 * has `maxVisits`: growing with the square root, so a few busy cities do not drown the rest.
 */
export function arcWeight(visits: number, maxVisits: number): number {
  if (!(visits > 0 && maxVisits > 0)) return MIN_ARC_WEIGHT;
  const share = Math.sqrt(Math.min(visits / maxVisits, 1));
  return MIN_ARC_WEIGHT + (MAX_ARC_WEIGHT - MIN_ARC_WEIGHT) * share;
}
