import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Gives the map container a role and a name in the interface language. */
export function MapAccessibility({ label }: { label: string }) {
  const map = useMap();
  useEffect(
    function labelMap() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', label);
    },
    [map, label],
  );
  return null;
}
