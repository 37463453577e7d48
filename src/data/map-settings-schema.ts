import { z } from 'zod';
import './zod-browser';
import { HTTPS_URL, MAX_ZOOM, MIN_ZOOM } from './contract-constants';
import { isTileTemplate } from './tile-template';

export const tilesSchema = z.strictObject({
  /** A tile URL template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png */
  url: z.string().regex(HTTPS_URL, 'an https:// URL template').refine(isTileTemplate, {
    message: 'only the placeholders {z} {x} {y} {s} {r} {-y}, with {z}, {x} and {y} or {-y}',
  }),
  /** Credit shown on the map: plain text and a link, never HTML. */
  attribution: z.strictObject({
    text: z.string().trim().min(1),
    url: z.string().regex(HTTPS_URL),
  }),
  maxZoom: z.number().int().min(MIN_ZOOM).max(MAX_ZOOM),
});

export const mapSettingsSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The detailed map under the country outlines, or "none" for the outlines alone. */
  tiles: z.union([z.literal('none'), tilesSchema]),
});

/** The detailed map under the country outlines. */
export type TileSettings = z.infer<typeof tilesSchema>;
export type MapSettings = z.infer<typeof mapSettingsSchema>;
