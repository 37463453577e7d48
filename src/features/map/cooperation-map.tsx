import 'leaflet/dist/leaflet.css';
import './cooperation-map.css';
import type { Map as LeafletMap } from 'leaflet';
import { useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { ZoomControl } from 'react-leaflet';
import { useI18n } from '../../i18n/i18n-context';
import type { FocusBack } from '../../ui/focus-back';
import { MAX_ARC_CITIES } from './lines/arc-style';
import { useAfterFirstPaint } from '../../lib/use-after-first-paint';
import { useArcsLayer } from './lines/use-arcs-layer';
import { Basemap } from './basemap/basemap';
import { CityLayer } from './markers/city-layer';
import { MapAccessibility } from './controls/map-accessibility';
import type { MapCity, MapHub } from './map-city';
import { MapResize } from './controls/map-resize';
import { NextTask } from './next-task';
import { firstViewBounds, paddingForMapWidth } from './view/first-view';
import { MapHost } from './view/map-host';
import { hasFirstMap } from './first-map';
import { DetailTiles } from './basemap/detail-tiles';
import { WheelZoomOnClick } from './controls/wheel-zoom-on-click';
import { ResetViewControl } from './controls/reset-view-control';
import { MapLoadFailed } from './controls/map-load-failed';

/** What the map hands over to the page: a place for focus when a city's panel closes. */
export interface MapFocus {
  /** Focuses the city's marker, or the map itself if the marker is not there (in a cluster). */
  focusCity: (cityId: string) => void;
}

interface CooperationMapProps {
  hub: MapHub;
  /** The cities to show (already filtered). */
  cities: readonly MapCity[];
  /** Every city of the data: the first view is framed on these, whatever the filter. */
  allCities: readonly { lat: number; lng: number }[];
  selectedCityId: string | null;
  /** Gets the way back to the marker or sign that opened the city, for when its panel closes. */
  onOpenCity: (cityId: string, focusBack: FocusBack) => void;
  /** Embedded in another page: the wheel zooms only after a click on the map. */
  embedded?: boolean;
  /** Lines from the home city to the shown cities. */
  arcs: boolean;
  ref?: Ref<MapFocus>;
}

export function CooperationMap({
  hub,
  cities,
  allCities,
  selectedCityId,
  onOpenCity,
  embedded = false,
  arcs,
  ref,
}: CooperationMapProps) {
  const { t, language } = useI18n();
  const leafletRef = useRef<LeafletMap | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      focusCity(cityId) {
        const container = leafletRef.current?.getContainer();
        // Leaflet draws the markers, out of reach of React refs: CityMarker tags each with its city.
        const marker = container?.querySelector<HTMLElement>(
          `[data-city-id="${CSS.escape(cityId)}"]`,
        );
        (marker ?? container)?.focus();
      },
    }),
    [],
  );
  // MapContainer reads these once; later moves go through useMap().
  const bounds = useMemo(() => firstViewBounds(hub, allCities), [hub, allCities]);
  const cityArcs = useMemo(
    () =>
      cities.map((city) => ({
        cityId: city.id,
        lat: city.lat,
        lng: city.lng,
        incoming: city.incoming,
        outgoing: city.outgoing,
      })),
    [cities],
  );
  // Read once, like the map's own options.

  // Markers drawn in the first frame are taken over at once, their signs with them.
  const [firstMapDrawn] = useState(hasFirstMap);

  // The lines come a frame after the markers, their code loaded then.
  const afterFirstPaint = useAfterFirstPaint();
  const lines = useArcsLayer(arcs && afterFirstPaint && cities.length <= MAX_ARC_CITIES);

  return (
    <MapHost
      ref={leafletRef}
      options={{
        bounds,
        padding: paddingForMapWidth,
        embedded,
        label: t.map.label,
        attributionPrefix: t.map.attributionPrefix,
      }}
    >
      <MapAccessibility label={t.map.label} prefix={t.map.attributionPrefix} />
      {/* Built in three tasks: the map and its view; the controls and the markers; the
          outlines, the tiles and the rest. */}
      <NextTask now={firstMapDrawn}>
        <MapResize bounds={bounds} padding={paddingForMapWidth} />
        <ZoomControl
          key={language}
          position="topleft"
          zoomInTitle={t.map.zoomIn}
          zoomOutTitle={t.map.zoomOut}
        />
        {/* Keyed like the zoom buttons, so that both are added again in this order. */}
        <ResetViewControl
          key={`reset-${language}`}
          bounds={bounds}
          padding={paddingForMapWidth}
          label={t.map.resetView}
        />
        <CityLayer
          hub={hub}
          cities={cities}
          selectedCityId={selectedCityId}
          onOpenCity={onOpenCity}
        />
        <NextTask>
          {embedded && <WheelZoomOnClick />}
          <Basemap />
          <DetailTiles />
          {lines.state === 'ready' && <lines.code hub={hub} arcs={cityArcs} />}
          {lines.state === 'failed' && (
            <MapLoadFailed message={t.map.linesFailed} onRetry={lines.retry} />
          )}
        </NextTask>
      </NextTask>
    </MapHost>
  );
}
