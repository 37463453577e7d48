import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { COUNTRY_STYLE } from '../../src/features/map/basemap/basemap-style.ts';
import {
  asOneShape,
  countryShapes,
  type CountriesTopology,
} from '../../src/features/map/basemap/country-shapes.ts';

/**
 * The image's own size in pixels: the map at zoom 4, the last before the finer outlines. An
 * image shown larger than its own size counts only at its own size as the page's largest
 * paint; a vector image is as sharp at any size.
 */
const WORLD_IMAGE_SIZE = 4096;

/** Web Mercator's limit of latitude: the world is then a square. */
const MAX_LATITUDE = 85.0511287798;

/** A point in the square [0, 256] of Leaflet's zoom 0 (Web Mercator, 256 px tiles). */
function project([lng = 0, lat = 0]: Position): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = ((lng + 180) / 360) * 256;
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256;
  return [x, y];
}

/** Units of the image per pixel at zoom 0: a hundredth of a pixel, a third of one at zoom 5. */
const UNITS = 32;

/** The world's width in the image's units. */
const WORLD = 256 * UNITS;

/** Numbers joined as path data wants them: a minus sign is a separator of its own. */
const joined = (numbers: readonly number[]) =>
  numbers.map((n, i) => (i > 0 && n >= 0 ? ` ${n}` : String(n))).join('');

/** A ring's points in the image's units (whole numbers, never -0). */
function projected(ring: readonly Position[]): [number, number][] {
  return ring.map(
    (point) => project(point).map((v) => Math.round(v * UNITS) + 0) as [number, number],
  );
}

/**
 * A ring's steps made continuous: a step across more than half the world is the ring crossing
 * the 180th meridian (Chukotka, Fiji), taken the short way, past the image's edge. A ring that
 * crosses it once only goes round a pole (Antarctica): drawn as it is, from edge to edge.
 */
function unwrapped(points: readonly [number, number][]): [number, number][] {
  let shift = 0;
  const moved = points.map(([x, y], i) => {
    const [px] = points[i - 1] ?? [x];
    if (x - px > WORLD / 2) shift -= WORLD;
    if (px - x > WORLD / 2) shift += WORLD;
    return [x + shift, y] as [number, number];
  });
  return shift === 0 ? moved : [...points];
}

/**
 * A ring as path data: its first point, then each step from the one before (small whole
 * numbers, so the file is small), leaving out steps that round to nothing. A ring that runs
 * past one edge of the world is drawn again a world's width away, so the other edge has it too.
 */
export function ringPath(ring: readonly Position[]): string {
  const points = unwrapped(projected(ring));
  const [start, ...rest] = points;
  if (start === undefined) return '';
  const steps: number[] = [];
  let [x0, y0] = start;
  for (const [x, y] of rest) {
    if (x !== x0 || y !== y0) steps.push(x - x0, y - y0);
    [x0, y0] = [x, y];
  }
  // A ring that rounds to a point (a small island) is not drawn: "l" needs a step.
  if (steps.length === 0) return '';
  const xs = points.map(([x]) => x);
  const copies = [0];
  if (Math.max(...xs) > WORLD) copies.push(-WORLD);
  if (Math.min(...xs) < 0) copies.push(WORLD);
  return copies.map((dx) => `M${joined([start[0] + dx, start[1]])}l${joined(steps)}z`).join('');
}

/**
 * The source of src/features/map/basemap/world-110m.svg: Natural Earth's 1:110m country
 * outlines (world-atlas, Crimea in Ukraine, as the vector outlines are drawn) in Leaflet's
 * projection, as one image the map lays under the cities from its first frame. An image,
 * not paths: drawn with the markers, it is what the browser counts as the page's largest
 * paint, and the page has no outlines to convert before its first view.
 */
export function buildWorldImage(): string {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'),
  ) as CountriesTopology;
  // A path per polygon, not one for the world: drawing a tile of the image then skips what
  // lies outside it, which one path for every country would not.
  const polygons = asOneShape(countryShapes(topology)).geometry.coordinates;
  const paths = polygons
    .map((polygon) => polygon.map(ringPath).join(''))
    .filter((path) => path !== '')
    // Not inherited: the stroke keeps its width in the page's pixels at every zoom.
    .map((path) => `<path vector-effect="non-scaling-stroke" d="${path}"/>`);
  const { color, weight, fillColor } = COUNTRY_STYLE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WORLD} ${WORLD}" ` +
    `width="${WORLD_IMAGE_SIZE}" height="${WORLD_IMAGE_SIZE}">` +
    `<g fill="${fillColor}" fill-rule="evenodd" stroke="${color}" stroke-width="${weight}" ` +
    `stroke-linejoin="round">${paths.join('')}</g></svg>\n`
  );
}
