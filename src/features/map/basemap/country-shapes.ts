import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mergeArcs } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

type CountryGeometry = TopoPolygon | TopoMultiPolygon;
export type CountriesTopology = Topology<{ countries: GeometryCollection }>;
export type CountryShapes = FeatureCollection<Polygon | MultiPolygon>;

const UKRAINE = '804';
const RUSSIA = '643';
/** A point in Crimea (Simferopol). */
const CRIMEA: Position = [34.1, 44.95];

function ringContains(ring: readonly Position[], [x, y]: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (
      yi > (y ?? 0) !== yj > (y ?? 0) &&
      (x ?? 0) < ((xj - xi) * ((y ?? 0) - yi)) / (yj - yi) + xi
    ) {
      inside = !inside;
    }
  }
  return inside;
}

/** Whether a country's outline (outer rings only) contains a point. */
export function shapeContains(shape: Feature<Polygon | MultiPolygon>, point: Position): boolean {
  const polygons =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  return polygons.some((polygon) => polygon[0] !== undefined && ringContains(polygon[0], point));
}

function polygonsOf(geometry: CountryGeometry): number[][][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

/**
 * Natural Earth draws Crimea inside Russia. Poland, the EU and the UN recognise it as part of
 * Ukraine, so the map of a Polish city must too: the Crimean polygon moves to Ukraine and the
 * shared border line at Perekop is dissolved.
 */
export function assignCrimeaToUkraine(topology: CountriesTopology): CountriesTopology {
  const geometries = topology.objects.countries.geometries as CountryGeometry[];
  const russia = geometries.find((g) => g.id === RUSSIA);
  const ukraine = geometries.find((g) => g.id === UKRAINE);
  if (!russia || !ukraine) return topology;
  const russianPolygons = polygonsOf(russia);
  const crimeaIndex = russianPolygons.findIndex((arcs) => {
    const shape = feature(topology, { type: 'Polygon', arcs } as TopoPolygon) as Feature<Polygon>;
    return shapeContains(shape, CRIMEA);
  });
  if (crimeaIndex < 0) return topology;
  const crimea = russianPolygons[crimeaIndex]!;
  const merged = mergeArcs(topology, [
    ...polygonsOf(ukraine).map((arcs) => ({ type: 'Polygon' as const, arcs })),
    { type: 'Polygon' as const, arcs: crimea },
  ]);
  const newUkraine = { ...ukraine, ...merged } as CountryGeometry;
  const rest = russianPolygons.filter((_, index) => index !== crimeaIndex);
  const newRussia = { ...russia, type: 'MultiPolygon', arcs: rest } as CountryGeometry;
  return {
    ...topology,
    objects: {
      countries: {
        ...topology.objects.countries,
        geometries: geometries.map((g) =>
          g === russia ? newRussia : g === ukraine ? newUkraine : g,
        ),
      },
    },
  };
}

/**
 * Every outline as one multipolygon, for drawing: Leaflet then makes one path, not one layer
 * per country (each with its own setup, events and canvas path). They look the same, as all
 * countries share one style; a country inside another's hole stays filled under the even-odd
 * rule, since three rings cover it.
 */
export function asOneShape(shapes: CountryShapes): Feature<MultiPolygon> {
  const polygons = shapes.features.flatMap(({ geometry }) => {
    if (!geometry) return [];
    return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  });
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
}

/** Country outlines as GeoJSON, ready for a Leaflet layer. */
export function countryShapes(topology: CountriesTopology): CountryShapes {
  const fixed = assignCrimeaToUkraine(topology);
  return feature(fixed, fixed.objects.countries) as CountryShapes;
}
