import { startTransition, useEffect, useState } from 'react';
// The map's styles stay in the page's one stylesheet, before print.css (so print rules win),
// and apply from the first frame; only the map's code waits for its own chunk.
import 'leaflet/dist/leaflet.css';
import type { CooperationMap } from '../features/map/cooperation-map';
import '../features/map/arcs-layer.css';
import '../features/map/cooperation-map.css';

type MapComponent = typeof CooperationMap;
export type MapCode =
  { state: 'loading' } | { state: 'ready'; Map: MapComponent } | { state: 'failed' };

/**
 * The map (Leaflet and everything on it) is its own chunk: index.html preloads it with the
 * page, and it runs as soon as this module does, in a task of its own rather than inside the
 * first bundle's long start-up task. By the time the data has arrived it is ready.
 */
let code: MapCode = { state: 'loading' };
const loading = import('../features/map/cooperation-map').then(
  (module) => (code = { state: 'ready', Map: module.CooperationMap }),
  (error: unknown) => {
    console.warn("The map's code could not be loaded:", error);
    return (code = { state: 'failed' });
  },
);

/**
 * The map's code, once loaded. Not React.lazy: a Suspense fallback would hold the map back
 * for React's 300 ms reveal throttle even when the code arrives a moment later.
 */
export function useMapCode(): MapCode {
  const [current, setCurrent] = useState(code);
  useEffect(
    function waitForMapCode() {
      if (current.state !== 'loading') return;
      let active = true;
      void loading.then((loaded) => {
        // Drawing the map is a deferred render too (see app.tsx), split into short tasks.
        if (active) startTransition(() => setCurrent(loaded));
      });
      return () => {
        active = false;
      };
    },
    [current.state],
  );
  return current;
}
