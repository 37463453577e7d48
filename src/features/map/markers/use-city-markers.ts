import type { LatLng } from 'leaflet';
import { use, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { focusBackTo } from '../../../ui/focus-back';
import type { MapHub } from '../map-city';
import { claimFirstMarkers } from '../first-map';
import { FirstMarkersContext } from '../view/map-host';
import { CityMarkers, type CityMarkerState, type OpenCity } from './city-markers';

interface CityMarkersInput {
  hub: MapHub;
  hubPosition: LatLng | undefined;
  markers: readonly CityMarkerState[];
  onOpenCity: OpenCity;
}

/**
 * Keeps the map's markers as the page says, through the one marker code (city-markers.ts):
 * it takes over the markers drawn before React, and opens the city clicked on them meanwhile.
 */
export function useCityMarkers({ hub, hubPosition, markers, onOpenCity }: CityMarkersInput) {
  const map = useMap();
  const first = use(FirstMarkersContext);
  const drawn = useRef<{ markers: CityMarkers; pendingCity: string | null } | null>(null);

  useEffect(
    function holdMarkers() {
      const taken = claimFirstMarkers(first, map);
      const markers = taken?.markers ?? new CityMarkers(map, () => {});
      drawn.current = { markers, pendingCity: taken?.pendingCity ?? null };
      return function dropMarkers() {
        markers.remove();
        drawn.current = null;
      };
    },
    [map, first],
  );

  useEffect(function drawMarkers() {
    const held = drawn.current;
    if (!held) return;
    held.markers.setOpenCity(onOpenCity);
    held.markers.setHub(hub, hubPosition);
    held.markers.setCities(markers);
    const cityId = held.pendingCity;
    if (cityId) {
      held.pendingCity = null;
      onOpenCity(cityId, focusBackTo(held.markers.element(cityId)));
    }
  });
}
