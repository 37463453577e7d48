import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { asOneShape, countryShapes, shapeContains, type CountriesTopology } from './country-shapes';

const require = createRequire(import.meta.url);
// Both resolutions the map draws: the coarse one at low zoom, the detailed one closer in.
describe.each(['countries-110m.json', 'countries-50m.json'])('countryShapes of %s', (file) => {
  const topology = JSON.parse(
    readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'),
  ) as CountriesTopology;
  const shapes = countryShapes(topology);

  function countryAt(point: Position): string[] {
    return shapes.features
      .filter((shape) => shapeContains(shape, point))
      .map((shape) => String(shape.id));
  }

  it.each<[string, Position, string]>([
    ['Simferopol (Crimea) is in Ukraine', [34.1, 44.95], '804'],
    ['Sevastopol (Crimea) is in Ukraine', [33.52, 44.6], '804'],
    ['Kyiv is in Ukraine', [30.52, 50.45], '804'],
    ['Moscow is in Russia', [37.62, 55.75], '643'],
    ['Poznań is in Poland', [16.93, 52.41], '616'],
    ['Nablus is in Palestine', [35.25, 32.22], '275'],
  ])('%s', (_, point, countryId) => {
    expect(countryAt(point)).toEqual([countryId]);
  });

  it('keeps every country', () => {
    expect(shapes.features).toHaveLength(topology.objects.countries.geometries.length);
  });

  it('draws as one shape with every polygon of every country, in order', () => {
    const polygons = shapes.features.flatMap(({ geometry }) =>
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates,
    );
    const one = asOneShape(shapes);
    expect(one.geometry.type).toBe('MultiPolygon');
    expect(one.geometry.coordinates).toEqual(polygons);
    expect(polygons.length).toBeGreaterThan(shapes.features.length);
  });
});

describe('asOneShape', () => {
  const square = (x: number) => [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 0],
    ],
  ];
  it.each([
    ['no countries', [], []],
    ['a polygon', [{ type: 'Polygon', coordinates: square(0) }], [square(0)]],
    [
      'a multipolygon and a polygon',
      [
        { type: 'MultiPolygon', coordinates: [square(0), square(2)] },
        { type: 'Polygon', coordinates: square(4) },
      ],
      [square(0), square(2), square(4)],
    ],
    ['a country without geometry', [null], []],
  ] as const)('%s', (_, geometries, expected) => {
    const features = geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }));
    const one = asOneShape({ type: 'FeatureCollection', features } as never);
    expect(one.geometry.coordinates).toEqual(expected);
  });
});
