/**
 * npm run bench:validate: how long checking a data file takes.
 * - The command-line validator on a 10 MB file (with line numbers and the country check).
 * - In the app, per file size: JSON.parse, then the shapes alone with the quick guards, with
 *   zod and with zod/mini (both jitless, as the browser's CSP wants), then the whole quick
 *   path and the whole precise path; and the gzip size each shape check adds to a download.
 * Prints tables and writes the "validation" section of bench/results.json. Medians of CPU
 * time, not wall time, so that other work on a shared machine skews them less; timing lives
 * here, never in test asserts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import '../src/data/zod-browser.ts';
import { cooperationSchema } from '../src/data/schema.ts';
import { checkPrecisely } from '../src/data/validation/precise-path.ts';
import {
  checkQuickly,
  isCity,
  isHub,
  isSource,
  isTheme,
  isVisit,
} from '../src/data/validation/quick-path.ts';
import { generateCooperation, toJsonText } from '../scripts/generate-data/generate.ts';
import { createCountryCheck } from '../scripts/validate-data/country-check.ts';
import { validateFile } from '../scripts/validate-data/validate-file.ts';
import { miniCooperationSchema } from './mini-schema.ts';
import { moduleGzipSize } from './module-size.ts';
import { writeResults } from './results-file.ts';

const RUNS = 5;
/** A sample repeats its run until it has taken this long, so tiny files time well too. */
const MIN_SAMPLE_MS = 50;
const ROOT = path.resolve(import.meta.dirname, '..');
const DATA_FILE = path.join(ROOT, 'data', 'cooperation.json');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** CPU time this process has used, in ms (all its threads: the garbage collector's too). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Median CPU ms of one run, over RUNS samples. */
function time(run: () => void): number {
  let repeat = 0;
  const start = cpuMs();
  do {
    run();
    repeat += 1;
  } while (cpuMs() - start < MIN_SAMPLE_MS);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const sampleStart = cpuMs();
    for (let k = 0; k < repeat; k += 1) run();
    samples.push((cpuMs() - sampleStart) / repeat);
  }
  return Math.round(median(samples) * 1000) / 1000;
}

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`bench: ${what}`);
}

/** The guards on a whole file, as the quick path runs them (without the checks of meaning). */
function guardsAccept(json: unknown): boolean {
  const file = json as Record<'sources' | 'themes' | 'cities' | 'visits', unknown[]> & {
    hub: unknown;
  };
  return (
    isHub(file.hub) &&
    file.sources.every(isSource) &&
    file.themes.every(isTheme) &&
    file.cities.every(isCity) &&
    file.visits.every(isVisit)
  );
}

const base = cooperationSchema.parse(JSON.parse(readFileSync(DATA_FILE, 'utf8')));
const generated = (cities: number, visitsPerCity: number, seed: number) =>
  toJsonText(generateCooperation({ base, cities, visitsPerCity, years: 3, seed }));

const SIZES = [
  { name: "today's data", text: readFileSync(DATA_FILE, 'utf8') },
  { name: '1,000 cities × 10 visits', text: generated(1000, 10, 1) },
  // 2,800 cities with 3 visits each come to just over 10 MB of pretty-printed JSON.
  { name: '2,800 cities × 3 visits (10 MB)', text: generated(2800, 3, 7) },
];

const round = (ms: number) => (ms < 10 ? ms : Math.round(ms));

const inTheApp: Record<string, Record<string, number>> = {};
for (const { name, text } of SIZES) {
  const json: unknown = JSON.parse(text);
  expect(guardsAccept(json), `the guards refuse ${name}`);
  expect(cooperationSchema.safeParse(json).success, `zod refuses ${name}`);
  expect(miniCooperationSchema.safeParse(json).success, `zod/mini refuses ${name}`);
  expect(checkQuickly(json).valid, `the quick path refuses ${name}`);
  inTheApp[name] = {
    bytes: new TextEncoder().encode(text).length,
    jsonParseMs: time(() => JSON.parse(text)),
    guardsMs: time(() => guardsAccept(json)),
    zodMs: time(() => cooperationSchema.safeParse(json)),
    zodMiniMs: time(() => miniCooperationSchema.safeParse(json)),
    quickPathMs: time(() => checkQuickly(json)),
    precisePathMs: time(() => checkPrecisely(json)),
  };
}
console.log('\nIn the app (jitless zod, as under the CSP), median CPU ms of one run:');
console.table(
  Object.fromEntries(
    Object.entries(inTheApp).map(([name, row]) => [
      name,
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, round(value)])),
    ]),
  ),
);

const source = (file: string) => JSON.stringify(path.join(ROOT, file));
const gzipBytes = {
  guards: await moduleGzipSize(
    `export { isHub, isSource, isTheme, isCity, isVisit } from ${source('src/data/validation/quick-path.ts')};`,
  ),
  zodMini: await moduleGzipSize(
    `import { safeParse } from 'zod/mini';\nimport { miniCooperationSchema } from ${source('bench/mini-schema.ts')};\nexport const check = (json: unknown) => safeParse(miniCooperationSchema, json).success;`,
  ),
  zod: await moduleGzipSize(
    `import { cooperationSchema } from ${source('src/data/schema.ts')};\nexport const check = (json: unknown) => cooperationSchema.safeParse(json).success;`,
  ),
};
console.log('\nWhat each shape check adds to a download (gzip bytes):');
console.table(gzipBytes);

const tenMegabytes = SIZES[2]!.text;
const bytes = new TextEncoder().encode(tenMegabytes);
// The worst case for messages: every visit names a city that does not exist.
const broken = new TextEncoder().encode(
  tenMegabytes.replace(/("cityIds": \[\n\s*"[a-z0-9-]+)"/g, '$1x"'),
);
let checkPlace: ReturnType<typeof createCountryCheck> | undefined;
const commandLine = {
  countryShapesMs: time(() => (checkPlace = createCountryCheck())),
  validFileMs: time(() => {
    const report = validateFile(bytes, 'bench.json', { checkPlace });
    expect(report.errors === 0, report.lines.slice(0, 5).join('\n'));
  }),
  brokenFileMs: time(() => {
    const report = validateFile(broken, 'bench.json', { checkPlace });
    expect(report.errors >= 8000, 'every visit should be broken');
  }),
};
console.log(`\nnpm run validate-data on ${(bytes.length / 1e6).toFixed(1)} MB, median CPU ms:`);
console.table({
  'the file as it is': round(commandLine.validFileMs),
  'every visit with an unknown city': round(commandLine.brokenFileMs),
  'country shapes loaded once': round(commandLine.countryShapesMs),
});
console.log(`target: validate-data under 2000 ms for a 10 MB file (median of ${RUNS} runs)`);

await writeResults({
  validation: {
    date: new Date().toISOString(),
    runs: RUNS,
    node: process.version,
    inTheApp,
    gzipBytes,
    commandLine,
  },
});
console.log('\nbench/results.json: "validation" written');
