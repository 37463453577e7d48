import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { PlaceCheck } from '../../../data/validation/entry-checks';
import { countryShapes, shapeContains, type CountriesTopology } from './country-shapes';

type Shape = Feature<Polygon | MultiPolygon>;

/** How far outside its country's outline a place may lie (coasts, borders, coarse shapes). */
const TOLERANCE_KM = 30;
const KM_PER_DEGREE = 111.32;

function segmentDistanceKm(point: Position, a: Position, b: Position): number {
  const scale = Math.cos(((point[1] ?? 0) * Math.PI) / 180);
  const [px, py] = [(point[0] ?? 0) * scale, point[1] ?? 0];
  const [ax, ay] = [(a[0] ?? 0) * scale, a[1] ?? 0];
  const [bx, by] = [(b[0] ?? 0) * scale, b[1] ?? 0];
  const [dx, dy] = [bx - ax, by - ay];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy)) * KM_PER_DEGREE;
}

function boundingBox(shape: Shape): [west: number, south: number, east: number, north: number] {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  for (const [x = 0, y = 0] of polygons.flatMap((polygon) => polygon[0] ?? [])) {
    [west, south, east, north] = [
      Math.min(west, x),
      Math.min(south, y),
      Math.max(east, x),
      Math.max(north, y),
    ];
  }
  return [west, south, east, north];
}

function near(shape: Shape, point: Position): boolean {
  if (shapeContains(shape, point)) return true;
  const polygons =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    for (let i = 1; i < ring.length; i += 1) {
      if (segmentDistanceKm(point, ring[i - 1]!, ring[i]!) <= TOLERANCE_KM) return true;
    }
  }
  return false;
}

/** ISO 3166-1 codes, one row a country: alpha-2, alpha-3, numeric (i18n-iso-countries' codes.json). */
export type CountryCodeRows = readonly (readonly string[])[];

/**
 * Tells whether a place lies in its stated country, using Natural Earth's outlines (with
 * Crimea in Ukraine): the check of `npm run validate-data` and of the data editor. Countries
 * missing from the outlines, or codes they cannot match, are 'unknown' and not judged.
 */
export function createOutlineCheck(
  topology: CountriesTopology,
  codes: CountryCodeRows,
): PlaceCheck {
  const numericOf = new Map(codes.map(([alpha2 = '', , numeric = '']) => [alpha2, numeric]));
  const alpha2Of = new Map(codes.map(([alpha2 = '', , numeric = '']) => [numeric, alpha2]));
  const shapes = countryShapes(topology).features.filter((shape) => shape.id !== undefined);
  const byNumericCode = new Map(shapes.map((shape) => [String(shape.id), shape]));
  const boxes = new Map(shapes.map((shape) => [shape, boundingBox(shape)]));
  /** The ISO code of the country whose outline holds the point, if any. */
  const countryAt = (point: Position): string | undefined => {
    const [x = 0, y = 0] = point;
    for (const [shape, [west, south, east, north]] of boxes) {
      if (x < west || x > east || y < south || y > north) continue;
      if (shapeContains(shape, point)) return alpha2Of.get(String(shape.id));
    }
    return undefined;
  };
  return ({ lat, lng, country }) => {
    const numeric = numericOf.get(country);
    const shape = numeric === undefined ? undefined : byNumericCode.get(numeric);
    if (shape === undefined) return 'unknown';
    if (near(shape, [lng, lat])) return 'inside';
    if (Math.abs(lng) <= 90 && near(shape, [lat, lng])) return 'swapped';
    const actual = countryAt([lng, lat]);
    return actual === undefined ? 'outside' : { elsewhere: actual };
  };
}
