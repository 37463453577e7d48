import { firstRequest } from './first-request';
import { isMapSettings, normalizeMapSettings } from './map-settings-guard';
import type { MapSettings, TileSettings } from './map-settings-schema';
import { withTimeout } from './with-timeout';

/** Relative to the page, beside the data file: editable on the server without a rebuild. */
export const SETTINGS_FILE = 'data/map-settings.json';
const TIMEOUT_MS = 10_000;

/** OpenStreetMap's standard tiles, used when the settings file is missing or broken. */
export const DEFAULT_SETTINGS: MapSettings = {
  tiles: {
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    attribution: { text: 'OpenStreetMap', url: 'https://www.openstreetmap.org/copyright' },
    maxZoom: 19,
  },
};

/** Only the country outlines, by choice. */
export const NO_TILES: MapSettings = { tiles: 'none' };

/**
 * What the map draws under its markers: the tiles, none by choice ("none"), or none because
 * the settings file is broken or unreadable ('unavailable': the map says so quietly).
 */
export type ShownTiles = MapSettings['tiles'] | 'unavailable';

/**
 * Reads the settings file. Missing (404) means the defaults (OpenStreetMap). Broken or
 * unreadable means no tiles at all, with a warning in the console: the map still works on
 * its outlines, and a typo never sends visitors to a third party someone meant to avoid.
 */
export async function fetchMapSettings(signal: AbortSignal): Promise<ShownTiles> {
  try {
    return await withTimeout(signal, TIMEOUT_MS, async (bounded) => {
      const response = await fetch(new URL(SETTINGS_FILE, document.baseURI), {
        signal: bounded,
        headers: { Accept: 'application/json' },
      });
      if (response.status === 404) return DEFAULT_SETTINGS.tiles;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const json: unknown = await response.json();
      // The quick check, without zod; zod loads only to say what is wrong with a broken file.
      if (isMapSettings(json)) return normalizeMapSettings(json).tiles;
      const { mapSettingsSchema } = await import('./map-settings-schema');
      const result = mapSettingsSchema.safeParse(json);
      if (result.success) return result.data.tiles;
      console.warn(
        `${SETTINGS_FILE}: ignored, showing the country outlines only.\n` +
          result.error.issues
            .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
            .join('\n'),
      );
      return 'unavailable';
    });
  } catch (error) {
    console.warn(
      `${SETTINGS_FILE}: could not be read (${String(error)}), showing the country outlines only.`,
    );
    return 'unavailable';
  }
}

/** The settings file, asked for by the page's first script (main.tsx); the page's query takes it over. */
export const mapSettingsRequest = firstRequest(fetchMapSettings);

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Leaflet parses attributions as HTML: build it from escaped text and a checked URL. The
 * credit opens in a new tab, which gets no hold on the map (noopener) and no address of it.
 */
export function attributionHtml({ attribution }: TileSettings): string {
  const href = escapeHtml(attribution.url);
  return `&copy; <a href="${href}" target="_blank" rel="noopener noreferrer">${escapeHtml(attribution.text)}</a>`;
}
