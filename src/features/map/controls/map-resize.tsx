import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Tells Leaflet when its box changes size (the panel opening beside it, a rotated phone, print). */
export function MapResize() {
  const map = useMap();
  useEffect(
    function watchSize() {
      const fit = () => map.invalidateSize({ pan: false });
      const observer = new ResizeObserver(fit);
      observer.observe(map.getContainer());
      // The printed page is narrower than the screen; Leaflet must redraw for it before print.
      window.addEventListener('beforeprint', fit);
      return function stopWatching() {
        observer.disconnect();
        window.removeEventListener('beforeprint', fit);
      };
    },
    [map],
  );
  return null;
}
