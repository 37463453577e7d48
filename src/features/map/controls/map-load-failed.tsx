import { DomEvent } from 'leaflet';
import { useEffect, useRef } from 'react';
import { LoadFailed } from '../../../ui/load-failed';

/**
 * Over the map, when a part of it (the grouping of many cities, the lines) could not be
 * loaded: said in words, with a way to try again, while the rest of the map keeps working.
 */
export function MapLoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(function keepClicksFromTheMap() {
    if (ref.current) DomEvent.disableClickPropagation(ref.current);
  }, []);
  return (
    <div ref={ref} className="map-alert">
      <LoadFailed message={message} onRetry={onRetry} />
    </div>
  );
}
