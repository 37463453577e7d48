/**
 * npm run validate-data [file]: checks a data file and lists every problem (the first 200) as
 * `file:line:column  path  message` in Polish and English. Exit code 0 when the file has no
 * errors (warnings allowed), 1 when it has errors, 2 when it cannot be read or checked.
 */
import path from 'node:path';
import { guarded } from './validate-data/guarded.ts';
import { readDataFile } from './validate-data/read-data-file.ts';
import { createCountryCheck } from './validate-data/country-check.ts';
import { summary, unlisted } from './validate-data/summary.ts';
import { validateFile } from './validate-data/validate-file.ts';

process.exitCode = guarded(() => {
  const file = process.argv[2] ?? 'data/cooperation.json';
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
  return report.errors > 0 ? 1 : 0;
}, console.error);
