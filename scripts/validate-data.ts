/**
 * npm run validate-data [file]: checks a data file and lists every problem as
 * `file:line:column  path  message` in Polish and English. Exit code 0 when the file has no
 * errors (warnings allowed), 1 when it has errors, 2 when it cannot be read. Without a file
 * it checks data/map-settings.json too; `--help` says how (settings-cli.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCountryCheck } from './validate-data/country-check.ts';
import {
  checkSettingsFile,
  isSettingsFile,
  SETTINGS_FILE,
  USAGE,
} from './validate-data/settings-cli.ts';
import { summary } from './validate-data/summary.ts';
import { validateFile } from './validate-data/validate-file.ts';

if (process.argv[2] === '--help' || process.argv[2] === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (process.argv[2] !== undefined && isSettingsFile(process.argv[2])) {
  process.exit(checkSettingsFile(process.argv[2]));
}
const file = process.argv[2] ?? 'data/cooperation.json';
let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (error) {
  console.error(`Nie można odczytać pliku ${file} (cannot read the file): ${String(error)}`);
  process.exit(2);
}
const shown = path.relative(process.cwd(), file) || file;
const report = validateFile(bytes, shown, { checkPlace: createCountryCheck() });
for (const line of report.lines) console.log(line);
console.log(summary(shown, report));
const settings = process.argv[2] === undefined ? checkSettingsFile(SETTINGS_FILE, true) : 0;
process.exit(Math.max(report.errors > 0 ? 1 : 0, settings));
