import { useQuery } from '@tanstack/react-query';
import { svg } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { GeoJSON, useMap, useMapEvent, type GeoJSONProps } from 'react-leaflet';
import detailedUrl from 'world-atlas/countries-50m.json?url';
import { COUNTRY_STYLE } from './basemap-style';
import type { Feature, MultiPolygon } from 'geojson';
import type { CountriesTopology } from './country-shapes';
import { useI18n } from '../../../i18n/i18n-context';
import { MapLoadFailed } from '../controls/map-load-failed';
import {
  BASEMAP_PANE,
  retryWorldImage,
  showWorldImage,
  watchWorldImage,
  worldImageFailed,
} from './world-image';

/**
 * From this zoom on, the 1:50m outlines (230 KB) replace the 1:110m world image: a continent
 * does not need the finer ones, a region does. Once loaded, they stay.
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

/** Whether the world image under the map (world-image.ts) failed, kept up to date. */
function useWorldImageFailed(): boolean {
  const map = useMap();
  const [failed, setFailed] = useState(() => worldImageFailed(map));
  useEffect(() => watchWorldImage(map, setFailed), [map]);
  return failed;
}

/**
 * The country outlines under the tiles, so the map is never a grey void, even when no tile
 * server can be reached: the world image the map is made with, then, from DETAILED_FROM_ZOOM,
 * Natural Earth's 1:50m outlines as paths.
 */
export function Basemap() {
  const { t } = useI18n();
  const map = useMap();
  const [wantDetail, setWantDetail] = useState(() => map.getZoom() >= DETAILED_FROM_ZOOM);
  useMapEvent('zoomend', () => {
    if (map.getZoom() >= DETAILED_FROM_ZOOM) setWantDetail(true);
  });
  const detailed = useQuery({
    queryKey: ['basemap', detailedUrl],
    queryFn: ({ signal }) => loadCountryShapes(detailedUrl, signal),
    staleTime: Infinity,
    networkMode: 'always',
    enabled: wantDetail,
  });
  const worldFailed = useWorldImageFailed();
  const renderer = useMemo(() => svg({ pane: BASEMAP_PANE, padding: 0.5 }), []);
  const shapes = detailed.data;
  useEffect(() => {
    showWorldImage(map, shapes === undefined);
  }, [map, shapes]);
  return (
    <>
      {/* Without outlines (and tiles) the cities would float on an empty sea. */}
      {worldFailed && !shapes && (
        <MapLoadFailed message={t.map.outlinesFailed} onRetry={() => retryWorldImage(map)} />
      )}
      {shapes && (
        <GeoJSON
          data={shapes}
          style={COUNTRY_STYLE}
          // Leaflet passes a GeoJSON layer's options on to its paths; the types omit `renderer`.
          {...({ renderer } as Partial<GeoJSONProps>)}
        />
      )}
    </>
  );
}
