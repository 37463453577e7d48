import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Tells Leaflet when its box changes size (the panel opening beside it, a rotated phone). */
export function MapResize() {
  const map = useMap();
  useEffect(
    function watchSize() {
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(map.getContainer());
      return function stopWatching() {
        observer.disconnect();
      };
    },
    [map],
  );
  return null;
}
