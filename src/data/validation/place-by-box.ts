import { COUNTRY_BOXES } from './country-boxes';
import type { PlaceCheck } from './entry-checks';

function inBox(country: string, lat: number, lng: number): boolean | undefined {
  const box = COUNTRY_BOXES[country];
  if (box === undefined) return undefined;
  const [west, south, east, north] = box;
  return lng >= west && lng <= east && lat >= south && lat <= north;
}

/**
 * The browser's place check: cheap boxes around each country instead of the command line's
 * outlines (too large to ship to every visitor). A box holds more than its country, so this
 * catches less, but never judges a place the outlines accept: 'swapped' when only lat and lng
 * swapped land in the box, 'outside' when neither does, otherwise 'unknown'.
 */
export const placeByBox: PlaceCheck = ({ lat, lng, country }) => {
  const inside = inBox(country, lat, lng);
  if (inside !== false) return 'unknown';
  if (Math.abs(lng) <= 90 && inBox(country, lng, lat)) return 'swapped';
  return 'outside';
};
