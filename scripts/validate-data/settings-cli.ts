import { existsSync } from 'node:fs';
import path from 'node:path';
import { readDataFile } from './read-data-file.ts';
import { settingsSummary, SETTINGS_FILE, validateSettingsFile } from './validate-settings-file.ts';

export { SETTINGS_FILE };

/** What `npm run validate-data -- --help` prints. */
export const USAGE = `npm run validate-data [-- plik.json]

Bez argumentu sprawdza data/cooperation.json i data/map-settings.json.
Z argumentem sprawdza tylko ten plik: jako ustawienia mapy, gdy nazywa się map-settings.json,
inaczej jako plik danych. Kod wyjścia: 0 bez błędów, 1 z błędami, 2 gdy pliku nie da się odczytać.

Without an argument it checks data/cooperation.json and data/map-settings.json.
With one it checks only that file: as map settings when it is named map-settings.json,
else as a data file. Exit code: 0 without errors, 1 with errors, 2 when a file cannot be read.`;

/** A file given on the command line is read as map settings by its name. */
export function isSettingsFile(file: string): boolean {
  return path.basename(file) === path.basename(SETTINGS_FILE);
}

/**
 * Checks a settings file and prints its problems and verdict; returns the exit code it
 * deserves. `optional`: a missing file is no error (the map then uses OpenStreetMap's tiles).
 */
export function checkSettingsFile(file: string, optional = false): 0 | 1 | 2 {
  const shown = path.relative(process.cwd(), file) || file;
  if (optional && !existsSync(file)) {
    console.log(
      `${shown}: brak pliku, mapa użyje kafelków OpenStreetMap (no file, the map will use OpenStreetMap's tiles)`,
    );
    return 0;
  }
  const read = readDataFile(file);
  if (!read.ok) {
    console.error(read.line);
    return 2;
  }
  const report = validateSettingsFile(read.bytes, shown);
  for (const line of report.lines) console.log(line);
  console.log(settingsSummary(shown, report));
  return report.errors > 0 ? 1 : 0;
}
