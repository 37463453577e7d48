import { DomEvent, type LatLng } from 'leaflet';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { useI18n } from '../../i18n/i18n-context';
import type { MapCity } from './map-city';

export interface OffscreenCity {
  city: MapCity;
  position: LatLng;
}

const ARROWS = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'] as const;

/** The arrow pointing from the map's centre towards a point, in eight directions. */
export function arrowTowards(dx: number, dy: number): string {
  const angle = Math.atan2(dy, dx);
  const sector = Math.round(angle / (Math.PI / 4));
  return ARROWS[(sector + 8) % 8]!;
}

/**
 * Signs for the cities outside the view, in one row at the bottom of the map: each names its
 * city, points towards it, and opens it with one click. No city is ever lost off the map.
 */
export function OffscreenSigns({
  cities,
  onOpen,
}: {
  cities: readonly OffscreenCity[];
  onOpen: (cityId: string, position: LatLng) => void;
}) {
  const map = useMap();
  const { t } = useI18n();
  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = 'offscreen-signs';
    // Keep clicks and scrolls on the signs from dragging or zooming the map.
    DomEvent.disableClickPropagation(element);
    DomEvent.disableScrollPropagation(element);
    return element;
  });

  useEffect(
    function attachHost() {
      map.getContainer().appendChild(host);
      return function detachHost() {
        host.remove();
      };
    },
    [map, host],
  );

  if (cities.length === 0) return null;
  const center = map.getSize().divideBy(2);
  const signs = cities
    .map(({ city, position }) => {
      const p = map.latLngToContainerPoint(position);
      return { city, position, x: p.x, arrow: arrowTowards(p.x - center.x, p.y - center.y) };
    })
    .sort((a, b) => a.x - b.x);

  return createPortal(
    <ul className="offscreen-signs__list" aria-label={t.map.offscreenGroup}>
      {signs.map(({ city, position, arrow }) => (
        <li key={city.id}>
          <button
            type="button"
            className={`offscreen-sign offscreen-sign--${city.kind}`}
            aria-label={t.map.offscreenCity(city.label)}
            onClick={() => onOpen(city.id, position)}
          >
            {arrow === '←' || arrow === '↖' || arrow === '↙' ? (
              <>
                <span aria-hidden="true">{arrow}</span> <span>{city.name}</span>
              </>
            ) : (
              <>
                <span>{city.name}</span> <span aria-hidden="true">{arrow}</span>
              </>
            )}
          </button>
        </li>
      ))}
    </ul>,
    host,
  );
}
