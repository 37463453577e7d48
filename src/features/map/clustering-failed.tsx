import { DomEvent } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { LoadFailed } from '../../ui/load-failed';

/**
 * Over the map, when the clustering code (needed for many cities) could not be loaded: the
 * map would otherwise stand empty with no word. The list still shows every city.
 */
export function ClusteringFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(function keepClicksFromTheMap() {
    if (ref.current) DomEvent.disableClickPropagation(ref.current);
  }, []);
  return (
    <div ref={ref} className="map-alert">
      <LoadFailed message={t.map.clusteringFailed} onRetry={onRetry} />
    </div>
  );
}
