import { useQuery } from '@tanstack/react-query';
import { svg } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { GeoJSON, Pane, useMap, useMapEvent, type GeoJSONProps } from 'react-leaflet';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import detailedUrl from 'world-atlas/countries-50m.json?url';
import { COUNTRY_STYLE } from './basemap-style';
import type { Feature, MultiPolygon } from 'geojson';
import type { CountriesTopology } from './country-shapes';
import { useI18n } from '../../../i18n/i18n-context';
import { MapLoadFailed } from '../controls/map-load-failed';

const BASEMAP_PANE = 'basemap';
export const BASEMAP_ATTRIBUTION = 'Natural Earth';
/**
 * From this zoom on, the 1:50m outlines (230 KB) replace the 1:110m ones (35 KB): a
 * continent does not need the finer ones, a region does. Once loaded, they stay.
 */
export const DETAILED_FROM_ZOOM = 5;

async function loadCountryShapes(url: string, signal: AbortSignal): Promise<Feature<MultiPolygon>> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`Country shapes: HTTP ${response.status}`);
  const topology = (await response.json()) as CountriesTopology;
  // Loaded with the shapes, not with the app: the first view does not wait for either.
  const { asOneShape, countryShapes } = await import('./country-shapes');
  return asOneShape(countryShapes(topology));
}

function useCountryShapes(url: string, enabled: boolean) {
  return useQuery({
    queryKey: ['basemap', url],
    queryFn: ({ signal }) => loadCountryShapes(url, signal),
    staleTime: Infinity,
    networkMode: 'always',
    enabled,
  });
}

/**
 * Country shapes from Natural Earth, drawn below the tiles: the map is never a grey void, even
 * when no tile server can be reached.
 */
export function Basemap() {
  const { t } = useI18n();
  const map = useMap();
  const [wantDetail, setWantDetail] = useState(() => map.getZoom() >= DETAILED_FROM_ZOOM);
  useMapEvent('zoomend', () => {
    if (map.getZoom() >= DETAILED_FROM_ZOOM) setWantDetail(true);
  });
  const coarse = useCountryShapes(coarseUrl, true);
  const detailed = useCountryShapes(detailedUrl, wantDetail);
  const shapes = detailed.data ?? coarse.data;
  const renderer = useMemo(() => svg({ pane: BASEMAP_PANE, padding: 0.5 }), []);
  // The credit is the map's, not each path's: a GeoJSON layer would hand it to every path,
  // and the credits control rewrites itself for each.
  const drawn = shapes !== undefined;
  useEffect(() => {
    const credits = map.attributionControl;
    if (!drawn || !credits) return;
    credits.addAttribution(BASEMAP_ATTRIBUTION);
    return () => void credits.removeAttribution(BASEMAP_ATTRIBUTION);
  }, [map, drawn]);
  return (
    <>
      {/* Without outlines (and tiles) the cities would float on an empty sea. */}
      {coarse.isError && !shapes && (
        <MapLoadFailed message={t.map.outlinesFailed} onRetry={() => void coarse.refetch()} />
      )}
      <Pane name={BASEMAP_PANE} className="basemap-pane">
        {shapes && (
          <GeoJSON
            // A new layer for the finer outlines: react-leaflet does not update `data` in place.
            key={detailed.data ? 'detailed' : 'coarse'}
            data={shapes}
            style={COUNTRY_STYLE}
            // Leaflet passes a GeoJSON layer's options on to its paths; the types omit `renderer`.
            {...({ renderer } as Partial<GeoJSONProps>)}
          />
        )}
      </Pane>
    </>
  );
}
