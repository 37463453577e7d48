import { useMapEvents } from 'react-leaflet';

/**
 * In an embedded map the mouse wheel scrolls the host page, not the map, until the map is
 * clicked; once the pointer leaves the map, the wheel belongs to the page again.
 */
export function WheelZoomOnClick() {
  const map = useMapEvents({
    click: () => map.scrollWheelZoom.enable(),
    mouseout: () => map.scrollWheelZoom.disable(),
  });
  return null;
}
