/**
 * The map settings file's shape, apart from the modules that read it (map-settings.ts), check
 * it quickly (map-settings-guard.ts) and check it precisely (map-settings-schema.ts), which all
 * need it: kept in one of them, it would tie them in a circle.
 */

/** The detailed map under the country outlines, or "none" for the outlines alone. */
export interface TileSettings {
  /** A tile URL template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  url: string;
  /** Credit shown on the map: plain text and a link, never HTML. */
  attribution: { text: string; url: string };
  maxZoom: number;
}
export interface MapSettings {
  $schema?: string;
  tiles: 'none' | TileSettings;
}
