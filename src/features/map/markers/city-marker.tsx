import type { LatLng, LeafletKeyboardEvent, Marker as LeafletMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, Tooltip } from 'react-leaflet';
import { useI18n } from '../../../i18n/i18n-context';
import { focusBackTo, type FocusBack } from '../../../ui/focus-back';
import { cityLabel } from './city-label';
import type { MapCity } from '../map-city';
import { MARKER_ICONS } from './marker-icons';

interface CityMarkerProps {
  city: MapCity;
  position: LatLng;
  selected: boolean;
  /** Off-screen markers leave the Tab order and the accessibility tree; their sign takes their place. */
  inView: boolean;
  /** Gets the way back to this marker, for when the panel closes. */
  onOpen: (cityId: string, focusBack: FocusBack) => void;
}

/** A city's marker: a button that opens the city's panel by click, Enter or Space. */
export const CityMarker = memo(function CityMarker({
  city,
  position,
  selected,
  inView,
  onOpen,
}: CityMarkerProps) {
  const markerRef = useRef<LeafletMarker>(null);
  const label = cityLabel(useI18n(), city);
  const eventHandlers = useMemo(() => {
    const open = () => onOpen(city.id, focusBackTo(markerRef.current?.getElement()));
    return {
      click: open,
      // Leaflet handles Enter only for markers with a popup; this one opens a panel.
      keydown: (event: LeafletKeyboardEvent) => {
        const key = event.originalEvent.key;
        if (key === 'Enter' || key === ' ') {
          event.originalEvent.preventDefault();
          open();
        }
      },
    };
  }, [city.id, onOpen]);

  useEffect(
    function describeMarker() {
      const element = markerRef.current?.getElement();
      if (!element) return;
      element.setAttribute('aria-label', label);
      element.dataset.cityId = city.id;
      element.classList.toggle('is-selected', selected);
      // The open city is told to screen readers too, not only drawn with a ring.
      if (selected) element.setAttribute('aria-current', 'true');
      else element.removeAttribute('aria-current');
      element.tabIndex = inView ? 0 : -1;
      if (inView) element.removeAttribute('aria-hidden');
      else element.setAttribute('aria-hidden', 'true');
    },
    [city.id, label, selected, inView],
  );

  return (
    <Marker
      ref={markerRef}
      position={position}
      icon={MARKER_ICONS[city.kind]}
      eventHandlers={eventHandlers}
      keyboard
      riseOnHover
      zIndexOffset={selected ? 1000 : 0}
    >
      <Tooltip direction="top" offset={[0, -14]}>
        {city.name}
      </Tooltip>
    </Marker>
  );
});
