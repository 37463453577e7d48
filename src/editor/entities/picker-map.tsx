import 'leaflet/dist/leaflet.css';
import { divIcon, type LeafletMouseEvent } from 'leaflet';
import { useCallback, useEffect, useState } from 'react';
import { GeoJSON, MapContainer, Marker, useMap, useMapEvent, ZoomControl } from 'react-leaflet';
import { COUNTRY_STYLE } from '../../features/map/basemap/basemap-style';
import { LoadFailed } from '../../ui/load-failed';
import { MARKER_SIZE, markerSvgMarkup, type MarkerKind } from '../../ui/marker-symbol';
import { pickedPoint, pickerView, type Point } from './picked-point';
import { usePickerOutlines } from './picker-outlines';

/** Built once, only from the marker constants: DivIcon parses its html. */
const ICONS = Object.fromEntries(
  (['hub', 'partner', 'informal'] as const).map((kind) => [
    kind,
    divIcon({
      html: markerSvgMarkup(kind),
      className: 'coordinate-picker__marker',
      iconSize: [MARKER_SIZE, MARKER_SIZE],
      iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
    }),
  ]),
) as Record<MarkerKind, ReturnType<typeof divIcon>>;

export interface PickerMapProps {
  /** The city's point, when its lat and lng are valid. */
  readonly point: Point | null;
  readonly kind: Exclude<MarkerKind, 'hub'>;
  readonly hub: Point | null;
  /** The id of the visible text that names the map (keyboard focus lands on the map itself). */
  readonly labelId: string;
  /** The marker's title, so the city's marker can be told from the hub's. */
  readonly pointTitle: string;
  readonly outlinesFailed: string;
  /** The zoom buttons' names, in the editor's language. */
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly onPick: (point: Point) => void;
}

/** A click sets the point. Memoized: useMapEvent re-binds whenever its handler changes. */
function PickOnClick({ onPick }: { readonly onPick: (point: Point) => void }) {
  const pick = useCallback(
    (event: LeafletMouseEvent) => onPick(pickedPoint(event.latlng)),
    [onPick],
  );
  useMapEvent('click', pick);
  return null;
}

/** The map takes keyboard focus (its arrow and +/- keys): it says what it is for when it does. */
function NameTheMap({ labelId }: { readonly labelId: string }) {
  const map = useMap();
  useEffect(
    function nameContainer() {
      const container = map.getContainer();
      container.setAttribute('role', 'group');
      container.setAttribute('aria-labelledby', labelId);
    },
    [map, labelId],
  );
  return null;
}

/** A point typed into the fields may lie outside the view: bring it in. */
function KeepPointInView({ point }: { readonly point: Point | null }) {
  const map = useMap();
  const lat = point?.lat;
  const lng = point?.lng;
  useEffect(
    function panToPoint() {
      if (lat === undefined || lng === undefined) return;
      if (!map.getBounds().contains([lat, lng])) map.panTo([lat, lng]);
    },
    [map, lat, lng],
  );
  return null;
}

/** The picker's Leaflet map: country outlines, the hub, and the city's point. */
export function PickerMap({
  point,
  kind,
  hub,
  labelId,
  pointTitle,
  outlinesFailed,
  zoomIn,
  zoomOut,
  onPick,
}: PickerMapProps) {
  const outlines = usePickerOutlines();
  // MapContainer reads its view once; later moves go through KeepPointInView.
  const [view] = useState(() => pickerView(point, hub));
  return (
    <>
      <MapContainer
        className="coordinate-picker__map"
        center={[view.center.lat, view.center.lng]}
        zoom={view.zoom}
        minZoom={1}
        worldCopyJump
        attributionControl={false}
        zoomControl={false}
      >
        {/* Leaflet names its buttons once: new buttons for a new language. */}
        <ZoomControl key={zoomIn} position="topleft" zoomInTitle={zoomIn} zoomOutTitle={zoomOut} />
        {outlines.state === 'ready' && <GeoJSON data={outlines.shape} style={COUNTRY_STYLE} />}
        {hub && (
          <Marker
            position={[hub.lat, hub.lng]}
            icon={ICONS.hub}
            interactive={false}
            keyboard={false}
          />
        )}
        {point && (
          <Marker
            // Leaflet sets the title once, when the marker is made: a new one for a new language.
            key={pointTitle}
            position={[point.lat, point.lng]}
            icon={ICONS[kind]}
            title={pointTitle}
            interactive={false}
            keyboard={false}
            zIndexOffset={1000}
          />
        )}
        <NameTheMap labelId={labelId} />
        <PickOnClick onPick={onPick} />
        <KeepPointInView point={point} />
      </MapContainer>
      {outlines.state === 'failed' && (
        <LoadFailed message={outlinesFailed} onRetry={outlines.retry} />
      )}
    </>
  );
}
