import { latLngBounds, type FitBoundsOptions, type LatLngBounds } from 'leaflet';
import { NARROW_MAP } from '../markers/in-view';
import { firstViewPlaces } from '../markers/marker-layout';

/** Cities farther than this from the home city are shown through signs at first. */
const FIRST_VIEW_RADIUS_KM = 4000;
/** Room for the zoom buttons on the left and the off-screen signs at the bottom. */
const WIDE_PADDING: FitBoundsOptions = {
  paddingTopLeft: [56, 24],
  paddingBottomRight: [24, 72],
};
/** On a phone the signs wrap onto two rows. */
const NARROW_PADDING: FitBoundsOptions = {
  paddingTopLeft: [56, 24],
  paddingBottomRight: [24, 116],
};

/** The first view: the home city and every city near it (the far ones get signs). */
export function firstViewBounds(
  hub: { lat: number; lng: number },
  allCities: readonly { lat: number; lng: number }[],
): LatLngBounds {
  return latLngBounds(
    firstViewPlaces(hub, allCities, FIRST_VIEW_RADIUS_KM).map((p) => [p.lat, p.lng]),
  );
}

/** The room the first view leaves around its cities, on a narrow screen or a wide one. */
export function firstViewPadding(narrow: boolean): FitBoundsOptions {
  return narrow ? NARROW_PADDING : WIDE_PADDING;
}

/**
 * The room for a map this wide, once it is laid out: the signs wrap onto two rows on a map
 * narrower than NARROW_MAP, whatever the window (a 760 px embedded frame has one row).
 */
export function paddingForMapWidth(mapWidth: number): FitBoundsOptions {
  return firstViewPadding(mapWidth < NARROW_MAP);
}
