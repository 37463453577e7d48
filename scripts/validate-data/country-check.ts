import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PlaceCheck } from '../../src/data/validation/entry-checks.ts';
import {
  createOutlineCheck,
  type CountryCodeRows,
} from '../../src/features/map/basemap/country-place.ts';
import type { CountriesTopology } from '../../src/features/map/basemap/country-shapes.ts';

/**
 * Tells whether a place lies in its stated country, using Natural Earth's 1:50m outlines
 * (world-atlas, already a dependency of the map) with Crimea in Ukraine: the data editor runs
 * the same check (src/features/map/basemap/country-place.ts).
 */
export function createCountryCheck(): PlaceCheck {
  const require = createRequire(import.meta.url);
  const read = (file: string): unknown => JSON.parse(readFileSync(require.resolve(file), 'utf8'));
  return createOutlineCheck(
    read('world-atlas/countries-50m.json') as CountriesTopology,
    read('i18n-iso-countries/codes.json') as CountryCodeRows,
  );
}
