import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryShapes, shapeContains, type CountriesTopology } from './country-shapes';

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
});
