import { Control, DomEvent, DomUtil, type FitBoundsOptions, type LatLngBounds } from 'leaflet';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { prefersReducedMotion } from '../reduced-motion';

interface ResetViewControlProps {
  bounds: LatLngBounds;
  /** The room around the cities, for the map's width now. */
  padding: (mapWidth: number) => FitBoundsOptions;
  label: string;
}

/** A button under the zoom buttons that brings back the first view, with every city in reach. */
export function ResetViewControl({ bounds, padding, label }: ResetViewControlProps) {
  const map = useMap();
  const [container] = useState(() => {
    const element = DomUtil.create('div', 'leaflet-bar leaflet-control reset-view-control');
    DomEvent.disableClickPropagation(element);
    return element;
  });

  useEffect(
    function addControl() {
      const control = new Control({ position: 'topleft' });
      control.onAdd = () => container;
      control.addTo(map);
      return function removeControl() {
        control.remove();
      };
    },
    [map, container],
  );

  return createPortal(
    <button
      type="button"
      title={label}
      onClick={() =>
        map.fitBounds(bounds, {
          ...padding(map.getSize().x),
          animate: !prefersReducedMotion(),
        })
      }
    >
      <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path
          d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      <span className="visually-hidden">{label}</span>
    </button>,
    container,
  );
}
