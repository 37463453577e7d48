import { use, useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useI18n } from '../../../i18n/i18n-context';
import { claimFirstSigns } from '../first-map';
import { FirstMarkersContext } from '../view/map-host';
import { OffscreenSigns, type OpenFromSign, type SignState } from './offscreen-signs';

/**
 * Keeps the signs for the cities out of view as the page says, through the one code that draws
 * them (offscreen-signs.ts): it takes over the signs drawn before React.
 */
export function useOffscreenSigns(signs: readonly SignState[], onOpen: OpenFromSign): void {
  const map = useMap();
  const first = use(FirstMarkersContext);
  const { t, count } = useI18n();
  const drawn = useRef<OffscreenSigns | null>(null);

  useEffect(
    function holdSigns() {
      const held = claimFirstSigns(first, map) ?? new OffscreenSigns(map, onOpen);
      drawn.current = held;
      return function dropSigns() {
        held.remove();
        drawn.current = null;
      };
    },
    // The signs live as long as the map; who opens a city is handed over on each draw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [map, first],
  );

  useEffect(function drawSigns() {
    const held = drawn.current;
    if (!held) return;
    held.setOpenCity(onOpen);
    held.setSigns(signs, {
      group: t.map.offscreenGroup,
      toggle: (n) => t.map.offscreenToggle(count(n, t.nouns.city)),
    });
  });
}
