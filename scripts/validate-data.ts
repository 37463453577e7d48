/**
 * npm run validate-data [file]: checks a data file and lists every problem as
 * `file:line:column  path  message` in Polish and English. Exit code 0 when the file has no
 * errors (warnings allowed), 1 when it has errors, 2 when it cannot be read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCountryCheck } from './validate-data/country-check.ts';
import { summary } from './validate-data/summary.ts';
import { validateFile } from './validate-data/validate-file.ts';

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
process.exit(report.errors > 0 ? 1 : 0);
