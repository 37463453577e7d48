import { useEffect, useState } from 'react';
import type { ArcsLayer } from './arcs-layer';

type ArcsLayerComponent = typeof ArcsLayer;

let loading: Promise<ArcsLayerComponent | null> | undefined;

/** The lines' code (the layer, its geometry) downloads the first time lines are wanted. */
function loadArcsLayer(): Promise<ArcsLayerComponent | null> {
  loading ??= import('./arcs-layer').then(
    (module) => module.ArcsLayer,
    () => {
      // Lines are a picture on top of the map: without them it still works. Try again later.
      loading = undefined;
      return null;
    },
  );
  return loading;
}

/** The layer of lines from Poznań once `wanted` and its code has arrived, else null. */
export function useArcsLayer(wanted: boolean): { Layer: ArcsLayerComponent } | null {
  const [component, setComponent] = useState<{ Layer: ArcsLayerComponent } | null>(null);
  useEffect(
    function loadWhenWanted() {
      if (!wanted || component) return;
      let active = true;
      void loadArcsLayer().then((loaded) => {
        if (active && loaded) setComponent({ Layer: loaded });
      });
      return () => {
        active = false;
      };
    },
    [wanted, component],
  );
  return wanted ? component : null;
}
