import {
  createLeafletContext,
  LeafletContext,
  type LeafletContextInterface,
} from '@react-leaflet/core';
import type { Map as LeafletMap } from 'leaflet';
import {
  createContext,
  useImperativeHandle,
  useCallback,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import { createPortal } from 'react-dom';
import { takeFirstMap, type FirstMap } from '../first-map';
import { createMapInstance, type MapInstanceOptions } from './map-instance';

/** The markers drawn before React, for the city layer to take over (null when there were none). */
export const FirstMarkersContext = createContext<FirstMap | null>(null);

interface MapHostProps {
  /** Read once, like react-leaflet's MapContainer: later moves go through useMap(). */
  options: MapInstanceOptions;
  children: ReactNode;
  ref?: Ref<LeafletMap>;
}

/**
 * The Leaflet map for react-leaflet's components, in place of its MapContainer: it takes over
 * the map the page's first script drew (first-map.ts), moving its element into this box, or
 * makes one the same way when there is none.
 */
export function MapHost({ options, children, ref }: MapHostProps) {
  const [initialOptions] = useState(options);
  const [held, setHeld] = useState<{
    context: LeafletContextInterface;
    element: HTMLElement;
    first: FirstMap | null;
  } | null>(null);
  useImperativeHandle(ref, () => held?.context.map as LeafletMap, [held]);

  // A ref callback, as react-leaflet's MapContainer makes its map: run once the box is in the
  // page, before it is painted.
  const holdMap = useCallback(
    (host: HTMLDivElement | null) => {
      if (!host) return;
      const first = takeFirstMap();
      let map: LeafletMap;
      let element: HTMLElement;
      if (first) {
        ({ map, element } = first);
        host.append(element);
        map.invalidateSize({ pan: false });
      } else {
        element = document.createElement('div');
        element.className = 'cooperation-map';
        host.append(element);
        map = createMapInstance(element, initialOptions);
      }
      setHeld({ context: createLeafletContext(map), element, first });
      return function dropMap() {
        setHeld(null);
        map.remove();
        element.remove();
      };
    },
    [initialOptions],
  );

  return (
    <div ref={holdMap} className="map-host">
      {/* Inside Leaflet's element, as MapContainer puts them: the map's own messages sit over it. */}
      {held &&
        createPortal(
          <LeafletContext value={held.context}>
            <FirstMarkersContext value={held.first}>{children}</FirstMarkersContext>
          </LeafletContext>,
          held.element,
        )}
    </div>
  );
}
