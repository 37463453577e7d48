/**
 * npm run bench:validate: how long validating a 10 MB data file takes, for the command-line
 * validator (with line numbers and the country check) and for the app's own check.
 * Prints the median of 5 runs. Timing lives here, never in test asserts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import '../src/data/zod-browser.ts';
import { cooperationSchema } from '../src/data/schema.ts';
import { checkPrecisely } from '../src/data/validation/precise-path.ts';
import { checkQuickly } from '../src/data/validation/quick-path.ts';
import { generateCooperation, toJsonText } from '../scripts/generate-data/generate.ts';
import { createCountryCheck } from '../scripts/validate-data/country-check.ts';
import { validateFile } from '../scripts/validate-data/validate-file.ts';

const RUNS = 5;
const DATA_FILE = path.resolve(import.meta.dirname, '..', 'data', 'cooperation.json');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const base = cooperationSchema.parse(JSON.parse(readFileSync(DATA_FILE, 'utf8')));
// 2,800 cities with 3 visits each come to just over 10 MB of pretty-printed JSON.
const text = toJsonText(
  generateCooperation({ base, cities: 2800, visitsPerCity: 3, years: 3, seed: 7 }),
);
const bytes = new TextEncoder().encode(text);
// The worst case for messages: every visit names a city that does not exist.
const broken = new TextEncoder().encode(text.replace(/("cityIds": \[\n\s*"[a-z0-9-]+)"/g, '$1x"'));
const megabytes = (bytes.length / 1e6).toFixed(1);

let checkPlace: ReturnType<typeof createCountryCheck> | undefined;
const setup = time(() => (checkPlace = createCountryCheck()));
const cli = time(() => {
  const report = validateFile(bytes, 'bench.json', { checkPlace });
  if (report.errors > 0) throw new Error(report.lines.slice(0, 5).join('\n'));
});
const cliBroken = time(() => {
  const report = validateFile(broken, 'bench.json', { checkPlace });
  if (report.errors < 8000) throw new Error('expected every visit to be broken');
});
const precise = time(() => {
  const result = checkPrecisely(JSON.parse(text));
  if (result.skipped > 0) throw new Error('generated data should be valid');
});
const quick = time(() => {
  const result = checkQuickly(JSON.parse(text));
  if (!result.valid) throw new Error('generated data should pass the quick checks');
});

console.table([
  { what: `validate-data, ${megabytes} MB file`, 'median ms': Math.round(cli) },
  {
    what: `validate-data, ${megabytes} MB, every visit with an unknown city`,
    'median ms': Math.round(cliBroken),
  },
  { what: 'country shapes loaded once', 'median ms': Math.round(setup) },
  {
    what: `in the app: JSON.parse + quick checks, ${megabytes} MB`,
    'median ms': Math.round(quick),
  },
  {
    what: `JSON.parse + precise checks (zod, jitless), ${megabytes} MB`,
    'median ms': Math.round(precise),
  },
]);
console.log(`target: validate-data under 2000 ms for a 10 MB file (median of ${RUNS} runs)`);
