/**
 * npm run validate-data [file]: checks a data file and lists every problem (the first 200) as
 * `file:line:column  path  message` in Polish and English. Exit code 0 when the file has no
 * errors (warnings allowed), 1 when it has errors, 2 when it cannot be read or checked.
 * Without a file it checks data/map-settings.json too; `--help` says how (settings-cli.ts).
 */
import path from 'node:path';
import { createCountryCheck } from './validate-data/country-check.ts';
import { guarded } from './validate-data/guarded.ts';
import { readDataFile } from './validate-data/read-data-file.ts';
import {
  checkSettingsFile,
  isSettingsFile,
  SETTINGS_FILE,
  USAGE,
} from './validate-data/settings-cli.ts';
import { summary, unlisted } from './validate-data/summary.ts';
import { validateFile } from './validate-data/validate-file.ts';

process.exitCode = guarded(() => {
  const argument = process.argv[2];
  if (argument === '--help' || argument === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (argument !== undefined && isSettingsFile(argument)) return checkSettingsFile(argument);
  const file = argument ?? 'data/cooperation.json';
  const read = readDataFile(file);
  if (!read.ok) {
    console.error(read.line);
    return 2;
  }
  const shown = path.relative(process.cwd(), file) || file;
  const report = validateFile(read.bytes, shown, { checkPlace: createCountryCheck() });
  for (const line of report.lines) console.log(line);
  if (report.unlisted > 0) console.log(unlisted(shown, report.unlisted));
  console.log(summary(shown, report));
  const settings = argument === undefined ? checkSettingsFile(SETTINGS_FILE, true) : 0;
  return Math.max(report.errors > 0 ? 1 : 0, settings);
}, console.error);
