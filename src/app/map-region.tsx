import { useImperativeHandle, useRef, type ComponentProps, type Ref } from 'react';
import type { CooperationMap, MapFocus } from '../features/map/cooperation-map';
import { useI18n } from '../i18n/i18n-context';
import { LoadFailed } from '../ui/load-failed';
import { RegionBoundary } from '../ui/region-boundary';
import { useMapCode } from '../features/map/lazy-map';

type MapRegionProps = Omit<ComponentProps<typeof CooperationMap>, 'ref'> & { ref: Ref<MapFocus> };

/**
 * The map, or the sea in its place while the map's code is on its way (with a retry, if it
 * could not come). Either takes focus when a city's panel closes and nothing else can.
 */
export function MapRegion({ ref, ...props }: MapRegionProps) {
  const { t } = useI18n();
  const map = useMapCode();
  const mapFocus = useRef<MapFocus>(null);
  const seaRef = useRef<HTMLDivElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      focusCity(cityId) {
        if (mapFocus.current) mapFocus.current.focusCity(cityId);
        else seaRef.current?.focus();
      },
    }),
    [],
  );
  return (
    <RegionBoundary region="map">
      {map.state === 'ready' ? (
        <map.code ref={mapFocus} {...props} />
      ) : (
        <div
          ref={seaRef}
          className="cooperation-map cooperation-map--waiting"
          tabIndex={-1}
          aria-label={t.map.label}
          aria-busy={map.state === 'loading'}
        >
          {map.state === 'failed' && <LoadFailed message={t.map.codeFailed} onRetry={map.retry} />}
        </div>
      )}
    </RegionBoundary>
  );
}
