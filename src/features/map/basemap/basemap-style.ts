import type { PathOptions } from 'leaflet';

/** How the bundled country shapes are drawn (markers are checked for contrast against it). */
export const COUNTRY_STYLE: PathOptions = {
  color: '#8a8f98',
  weight: 0.8,
  fillColor: '#f3efe6',
  fillOpacity: 1,
  interactive: false,
};
