/** The performance mark `npm run bench` waits for: the markers are on screen. */
export const MARKERS_DRAWN = 'poznan-map:markers-drawn';

/**
 * The mark for every city being reachable: its marker in view, or its sign at the map's edge
 * (the signs come with the page, after the first frame's markers).
 */
export const CITIES_REACHABLE = 'poznan-map:cities-reachable';
