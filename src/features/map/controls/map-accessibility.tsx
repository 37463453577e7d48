import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { nameMap } from '../view/map-instance';

/**
 * Gives the map container a role and a name in the interface language, and makes Leaflet's
 * zoom buttons (links with role="button") answer Space as buttons do, not only Enter.
 */
export function MapAccessibility({ label, prefix }: { label: string; prefix: string }) {
  const map = useMap();
  useEffect(
    function labelMap() {
      nameMap(map, label, prefix);
    },
    [map, label, prefix],
  );
  useEffect(
    function spaceOnZoomButtons() {
      const container = map.getContainer();
      function onKeyDown(event: KeyboardEvent) {
        const target = event.target;
        if (event.key !== ' ' || !(target instanceof HTMLAnchorElement)) return;
        if (target.getAttribute('role') !== 'button') return;
        event.preventDefault();
        target.click();
      }
      container.addEventListener('keydown', onKeyDown);
      return () => container.removeEventListener('keydown', onKeyDown);
    },
    [map],
  );
  return null;
}
