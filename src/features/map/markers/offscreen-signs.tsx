import { DomEvent, type LatLng } from 'leaflet';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { focusBackTo, type FocusBack } from '../../../ui/focus-back';
import { MarkerSymbolImage } from '../../../ui/marker-symbol-image';
import { useI18n } from '../../../i18n/i18n-context';
import { cityLabel } from './city-label';
import type { MapCity } from '../map-city';

export interface OffscreenCity {
  city: MapCity;
  position: LatLng;
}

/** More signs than this fold behind one button, so they never bury the map. */
const MAX_SIGNS_SHOWN = 4;
let hostCount = 0;

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
  /** Gets the way back to the sign (gone once the map has moved to its city). */
  onOpen: (cityId: string, position: LatLng, focusBack: FocusBack) => void;
}) {
  const map = useMap();
  const i18n = useI18n();
  const { t, count } = i18n;
  const [expanded, setExpanded] = useState(false);
  const [host] = useState(() => {
    const element = document.createElement('div');
    element.className = 'offscreen-signs';
    element.id = `offscreen-signs-${++hostCount}`;
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

  const collapsible = signs.length > MAX_SIGNS_SHOWN;
  const listId = `${host.id}-list`;

  return createPortal(
    <>
      {collapsible && (
        <button
          type="button"
          className="offscreen-signs__toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={`${listId}-names`}
          onClick={() => setExpanded((value) => !value)}
        >
          {t.map.offscreenToggle(count(signs.length, t.nouns.city))}
        </button>
      )}
      {collapsible && (
        // The folded group still names the cities it holds, for screen readers.
        <span id={`${listId}-names`} className="visually-hidden">
          {signs.map(({ city }) => city.name).join(', ')}
        </span>
      )}
      {(!collapsible || expanded) && (
        <ul id={listId} className="offscreen-signs__list" aria-label={t.map.offscreenGroup}>
          {signs.map(({ city, position, arrow }) => (
            <li key={city.id}>
              <button
                type="button"
                className={`offscreen-sign offscreen-sign--${city.kind}`}
                aria-label={t.map.offscreenCity(cityLabel(i18n, city))}
                onClick={(event) => onOpen(city.id, position, focusBackTo(event.currentTarget))}
              >
                {/* The marker's own shape, so the kind of city does not rest on colour alone. */}
                {arrow === '←' || arrow === '↖' || arrow === '↙' ? (
                  <>
                    <span aria-hidden="true">{arrow}</span>
                    <MarkerSymbolImage kind={city.kind} size={14} />
                    <span>{city.name}</span>
                  </>
                ) : (
                  <>
                    <MarkerSymbolImage kind={city.kind} size={14} />
                    <span>{city.name}</span> <span aria-hidden="true">{arrow}</span>
                  </>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>,
    host,
  );
}
