import type { FitBoundsOptions, LatLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

interface MapResizeProps {
  /** The first view, framed again when the map's box changes until someone moves the map. */
  bounds: LatLngBounds;
  /** The room to leave at the edges of a map this wide. */
  padding: (mapWidth: number) => FitBoundsOptions;
}

/**
 * Tells Leaflet when its box changes size (the panel folding beside it, a rotated phone,
 * print), and frames the first view again in the new box while nobody has moved the map.
 */
export function MapResize({ bounds, padding }: MapResizeProps) {
  const map = useMap();
  useEffect(
    function watchSize() {
      let moved = false;
      let framing = false;
      const noteMove = () => {
        if (!framing) moved = true;
      };
      const fit = () => {
        map.invalidateSize({ pan: false });
        if (moved) return;
        // Without animation the fit's own movestart comes and goes inside this call.
        framing = true;
        map.fitBounds(bounds, { ...padding(map.getSize().x), animate: false });
        framing = false;
      };
      map.on('movestart', noteMove);
      const observer = new ResizeObserver(fit);
      observer.observe(map.getContainer());
      // The printed page is narrower than the screen; Leaflet must redraw for it before print.
      window.addEventListener('beforeprint', fit);
      return function stopWatching() {
        map.off('movestart', noteMove);
        observer.disconnect();
        window.removeEventListener('beforeprint', fit);
      };
    },
    [map, bounds, padding],
  );
  return null;
}
