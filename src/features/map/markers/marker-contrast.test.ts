import { describe, expect, it } from 'vitest';
import { contrast } from '../../../testing/contrast';
import { MARKER_COLORS } from '../../../ui/marker-symbol';
import { COUNTRY_STYLE } from '../basemap/basemap-style';

/** The outline every marker and focus ring is drawn with, and the white halo inside it. */
const OUTLINE = '#111827';
const HALO = '#ffffff';

/**
 * Every basemap a marker can sit on: the bundled country shapes and sea (cooperation-map.css),
 * and OpenStreetMap's standard style (land, water, forest, built-up area, park, motorway).
 */
const BASEMAPS: Record<string, string> = {
  'country shapes': COUNTRY_STYLE.fillColor!,
  'sea behind the shapes': '#c9dfee',
  'OSM land': '#f2efe9',
  'OSM water': '#aad3df',
  'OSM forest': '#add19e',
  'OSM built-up': '#e0dfdf',
  'OSM park': '#c8facc',
  'OSM motorway': '#e892a2',
};

describe("markers' contrast (WCAG 1.4.11)", () => {
  it.each(Object.entries(BASEMAPS))(
    'marker outlines and focus rings stand out 3:1 on %s',
    (_, basemap) => {
      expect(contrast(OUTLINE, basemap)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(Object.entries(MARKER_COLORS))(
    'the %s symbol stands out 3:1 from its halo',
    (_, fill) => {
      expect(contrast(fill, HALO)).toBeGreaterThanOrEqual(3);
    },
  );
});
