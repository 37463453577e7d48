import detailedUrl from 'world-atlas/countries-50m.json?url';
import type { PlaceCheck } from '../../data/validation/entry-checks';
import { createOutlineCheck, type CountryCodeRows } from '../../features/map/basemap/country-place';
import type { CountriesTopology } from '../../features/map/basemap/country-shapes';

/**
 * The command line's place check, on the same Natural Earth 1:50m outlines: fetched once the
 * editor is open (about 200 KB compressed), so that a city placed in another country is the
 * same error here as in `npm run validate-data`.
 */
export async function loadOutlineCheck(signal?: AbortSignal): Promise<PlaceCheck> {
  const [response, codes] = await Promise.all([
    fetch(detailedUrl, { signal }),
    import('i18n-iso-countries/codes.json').then((module) => module.default as CountryCodeRows),
  ]);
  if (!response.ok) throw new Error(`Country outlines: HTTP ${response.status} for ${detailedUrl}`);
  return createOutlineCheck((await response.json()) as CountriesTopology, codes);
}
