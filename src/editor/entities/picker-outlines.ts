import { useCallback, useEffect, useState } from 'react';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import type { Feature, MultiPolygon } from 'geojson';
import {
  asOneShape,
  countryShapes,
  type CountriesTopology,
} from '../../features/map/basemap/country-shapes';

export type Outlines =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly shape: Feature<MultiPolygon> }
  | { readonly state: 'failed'; readonly retry: () => void };

/** The coarse outlines (35 KB) the public map opens with: enough to find a city's country. */
async function loadOutlines(signal: AbortSignal): Promise<Feature<MultiPolygon>> {
  const response = await fetch(coarseUrl, { signal });
  if (!response.ok) throw new Error(`Country outlines: HTTP ${response.status} for ${coarseUrl}`);
  return asOneShape(countryShapes((await response.json()) as CountriesTopology));
}

/** The country outlines for the picker, drawn instead of tiles (no tile server is needed). */
export function usePickerOutlines(): Outlines {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<
    { attempt: number; shape: Feature<MultiPolygon> } | { attempt: number; failed: true } | null
  >(null);
  useEffect(
    function fetchOutlines() {
      const controller = new AbortController();
      loadOutlines(controller.signal).then(
        (shape) => setLoaded({ attempt, shape }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          console.warn('The picker map has no country outlines:', error);
          setLoaded({ attempt, failed: true });
        },
      );
      return function abortFetch() {
        controller.abort();
      };
    },
    [attempt],
  );
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  if (loaded === null || loaded.attempt !== attempt) return { state: 'loading' };
  return 'shape' in loaded ? { state: 'ready', shape: loaded.shape } : { state: 'failed', retry };
}
