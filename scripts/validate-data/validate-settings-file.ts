import type { ShownTiles } from '../../src/data/map-settings.ts';
import { checkMapSettings } from '../../src/data/validation/check-map-settings.ts';
import { counts } from './summary.ts';
import { checkJsonFile, type Report } from './validate-file.ts';

/** The settings file beside the data file: `npm run validate-data` checks both. */
export const SETTINGS_FILE = 'data/map-settings.json';

/** Everything wrong with data/map-settings.json's bytes, each with its line and column. */
export function validateSettingsFile(bytes: Uint8Array, fileName: string): Report<ShownTiles> {
  return checkJsonFile(bytes, fileName, (json, onProblem): ShownTiles => {
    const problems = checkMapSettings(json);
    problems.forEach(onProblem);
    return problems.length === 0 ? (json as { tiles: ShownTiles }).tiles : 'unavailable';
  });
}

/** The verdict on a settings file, with what the map will draw, in Polish and English. */
export function settingsSummary(fileName: string, report: Report<ShownTiles>): string {
  const { pl, en } = counts(report);
  const tiles = report.result;
  if (report.errors > 0 || tiles === null || tiles === 'unavailable') {
    return `${fileName}: ${pl}; mapa pokaże same kontury państw (${en}; the map will show the country outlines only)`;
  }
  if (tiles === 'none') {
    return `${fileName}: poprawny, ${pl}; kafelki: brak (valid, ${en}; tiles: none)`;
  }
  const server = new URL(tiles.url.replace(/\{[^{}]*\}/g, 'x')).host;
  return `${fileName}: poprawny, ${pl}; kafelki: ${server} (valid, ${en}; tiles: ${server})`;
}
