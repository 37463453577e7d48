import { useQuery } from '@tanstack/react-query';
import { canvas } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, Pane, type GeoJSONProps } from 'react-leaflet';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { COUNTRY_STYLE } from './basemap-style';
import type { CountriesTopology, CountryShapes } from './country-shapes';

const BASEMAP_PANE = 'basemap';
export const BASEMAP_ATTRIBUTION = 'Natural Earth';

async function loadCountryShapes(signal: AbortSignal): Promise<CountryShapes> {
  const response = await fetch(countriesUrl, { signal });
  if (!response.ok) throw new Error(`Country shapes: HTTP ${response.status}`);
  const topology = (await response.json()) as CountriesTopology;
  // Loaded with the shapes, not with the app: the first view does not wait for either.
  const { countryShapes } = await import('./country-shapes');
  return countryShapes(topology);
}

/**
 * Country shapes from Natural Earth, drawn below the tiles: the map is never a grey void, even
 * when no tile server can be reached.
 */
export function Basemap() {
  const shapes = useQuery({
    queryKey: ['basemap', countriesUrl],
    queryFn: ({ signal }) => loadCountryShapes(signal),
    staleTime: Infinity,
    networkMode: 'always',
  });
  const renderer = useMemo(() => canvas({ pane: BASEMAP_PANE, padding: 0.5 }), []);
  return (
    <Pane name={BASEMAP_PANE} className="basemap-pane">
      {shapes.data && (
        <GeoJSON
          data={shapes.data}
          style={COUNTRY_STYLE}
          // Leaflet passes a GeoJSON layer's options on to its paths; the types omit `renderer`.
          {...({ renderer } as Partial<GeoJSONProps>)}
          attribution={BASEMAP_ATTRIBUTION}
        />
      )}
    </Pane>
  );
}
