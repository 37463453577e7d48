import type { LatLng, Marker as LeafletMarker } from 'leaflet';
import { useEffect, useRef } from 'react';
import { Marker } from 'react-leaflet';
import type { MapHub } from '../map-city';
import { MARKER_ICONS } from './marker-icons';

/** The home city: a landmark to read the map by, not a control. */
export function HubMarker({ hub, position }: { hub: MapHub; position: LatLng }) {
  const markerRef = useRef<LeafletMarker>(null);
  useEffect(
    function describeHub() {
      const element = markerRef.current?.getElement();
      if (!element) return;
      element.setAttribute('role', 'img');
      element.setAttribute('aria-label', hub.label);
    },
    [hub.label],
  );
  return (
    <Marker
      ref={markerRef}
      position={position}
      icon={MARKER_ICONS.hub}
      keyboard={false}
      interactive={false}
      zIndexOffset={-100}
    />
  );
}
