import { useCallback, useEffect, useRef, useState } from 'react';
import type { FocusBack } from '../ui/focus-back';

/**
 * Focus around a city's panel. The panel takes focus when a person opens a city (not when a
 * link or Back opens it). When a person closes it, focus goes back to what opened it, the way
 * the feature that drew the opener handed over; if that is gone, to `focusOnMap` (the city's
 * marker, else the map). Closed by Back, the panel leaves focus where it is.
 */
export function useFocusReturn(openCityId: string | null, focusOnMap: (cityId: string) => void) {
  const [focusPanel, setFocusPanel] = useState(false);
  const opener = useRef<FocusBack | null>(null);
  /** The city a person has just closed, until its panel is gone. */
  const closed = useRef<string | null>(null);

  /** A person opens a city, from what `focusBack` leads back to; none from within the panel. */
  const opening = useCallback((focusBack?: FocusBack) => {
    // A city opened from the panel (another city of a visit) leads back to the first opener.
    if (focusBack) opener.current = focusBack;
    setFocusPanel(true);
  }, []);

  /** A person closes the city; `focusInstead` when focus should go elsewhere than its opener. */
  const closing = useCallback(
    (focusInstead?: FocusBack) => {
      closed.current = openCityId;
      if (focusInstead) opener.current = focusInstead;
    },
    [openCityId],
  );

  useEffect(
    function returnFocusOnceClosed() {
      const cityId = closed.current;
      // Once the panel is gone and what it covered (the list, on phones the map) shows again.
      if (!cityId || openCityId) return;
      closed.current = null;
      void focusBackOr(opener.current, () => focusOnMap(cityId));
    },
    [openCityId, focusOnMap],
  );

  return { focusPanel, opening, closing };
}

async function focusBackOr(focusBack: FocusBack | null, otherwise: () => void): Promise<void> {
  if (!(focusBack && (await focusBack()))) otherwise();
}
