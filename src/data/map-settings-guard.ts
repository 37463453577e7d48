import { HTTPS_URL, MAX_ZOOM, MIN_ZOOM } from './contract-constants';
import { isRecord } from './is-record';
import type { MapSettings, TileSettings } from './map-settings-schema';
import { isTileTemplate } from './tile-template';

/**
 * The quick path for the settings file: isMapSettings returns true exactly when
 * mapSettingsSchema (./map-settings-schema.ts) accepts the value, without loading zod.
 * map-settings-guard.test.ts compares the two on thousands of mutated settings.
 *
 * One difference in output: zod trims `tiles.attribution.text` (`z.string().trim().min(1)`
 * trims first, then wants one character), so for " OpenStreetMap " zod's `data` holds
 * "OpenStreetMap" while the input keeps its spaces. Use normalizeMapSettings(value) after the
 * guard, never the input itself: it returns what zod's `data` would be.
 */

function isHttpsUrl(value: unknown): value is string {
  return typeof value === 'string' && HTTPS_URL.test(value);
}

function isTileUrl(value: unknown): value is string {
  return isHttpsUrl(value) && isTileTemplate(value);
}

function isAttribution(value: unknown): value is TileSettings['attribution'] {
  if (!isRecord(value)) return false;
  // strictObject: every key `for...in` yields (own or inherited) must be declared.
  for (const key in value) {
    if (key !== 'text' && key !== 'url') return false;
  }
  const { text } = value;
  // z.string().trim().min(1): String.prototype.trim, then at least one character.
  return typeof text === 'string' && text.trim().length > 0 && isHttpsUrl(value.url);
}

function isTiles(value: unknown): value is TileSettings {
  if (!isRecord(value)) return false;
  for (const key in value) {
    if (key !== 'url' && key !== 'attribution' && key !== 'maxZoom') return false;
  }
  const { maxZoom } = value;
  return (
    Number.isInteger(maxZoom) &&
    (maxZoom as number) >= MIN_ZOOM &&
    (maxZoom as number) <= MAX_ZOOM &&
    isTileUrl(value.url) &&
    isAttribution(value.attribution)
  );
}

export function isMapSettings(value: unknown): value is MapSettings {
  if (!isRecord(value)) return false;
  for (const key in value) {
    if (key !== '$schema' && key !== 'tiles') return false;
  }
  const { $schema, tiles } = value;
  return (
    ($schema === undefined || typeof $schema === 'string') && (tiles === 'none' || isTiles(tiles))
  );
}

/**
 * What mapSettingsSchema.safeParse(settings).data would be for settings that isMapSettings
 * accepted: a fresh object with the attribution text trimmed. Like zod, it keeps a `$schema`
 * key that is present (even when undefined) and drops it when absent.
 */
export function normalizeMapSettings(settings: MapSettings): MapSettings {
  const { tiles } = settings;
  const normalized: MapSettings = {
    tiles:
      tiles === 'none'
        ? tiles
        : {
            url: tiles.url,
            attribution: { text: tiles.attribution.text.trim(), url: tiles.attribution.url },
            maxZoom: tiles.maxZoom,
          },
  };
  if (!('$schema' in settings)) return normalized;
  return { $schema: settings.$schema, ...normalized };
}
