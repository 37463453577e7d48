/**
 * npm run bench: the app against a plain Leaflet page (bench/baseline.html) drawing the same
 * cities from the same data file, at three sizes, median of RUNS cold loads each; then the
 * data validation benchmark. Prints tables and writes bench/results.json. Timing lives here,
 * never in test asserts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/support/chromium.ts';
import { generateCooperation, toJsonText } from '../scripts/generate-data/generate.ts';
import { cooperationSchema } from '../src/data/schema.ts';
import { bundleSizes } from './bundle-size.ts';
import { lighthousePerformance } from './lighthouse.ts';
import { writeResults } from './results-file.ts';
import { loadOnce, median, PAGE_READY, themeClick, type Sample } from './measure.ts';
import { serveBench } from './serve.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** A load slower than this is reported as such, not waited for again. */
const TIMEOUT_MS = 60_000;
const ROOT = path.resolve(import.meta.dirname, '..');
const DATA = path.join(ROOT, 'data', 'cooperation.json');

const ALL_SIZES = [
  { name: "today's data", file: DATA },
  { name: '1,000 cities × 10 visits', cities: 1000, visits: 10 },
  { name: '10,000 cities × 3 visits', cities: 10000, visits: 3 },
];
/** BENCH_SIZES=0,2 measures only those sizes (for a quick look; results.json wants all). */
const SIZES = process.env.BENCH_SIZES
  ? ALL_SIZES.filter((_, index) => process.env.BENCH_SIZES!.split(',').includes(String(index)))
  : ALL_SIZES;

function dataFile(size: (typeof SIZES)[number]): string {
  if ('file' in size && size.file) return size.file;
  const base = cooperationSchema.parse(JSON.parse(readFileSync(DATA, 'utf8')));
  const data = generateCooperation({
    base,
    cities: size.cities!,
    visitsPerCity: size.visits!,
    years: 3,
    seed: 1,
  });
  const file = path.join(tmpdir(), `bench-${size.cities}x${size.visits}.json`);
  writeFileSync(file, toJsonText(data));
  return file;
}

interface Result {
  markersMs: number;
  reachableMs: number;
  themeClickMs?: number;
  heapMb: number;
  bytes: Sample['bytes'];
  runs: number;
  timedOut: boolean;
}

function summarize(samples: Sample[], clicks: number[] | null, timedOut: boolean): Result {
  const pick = (get: (s: Sample) => number) =>
    timedOut && samples.length === 0 ? Infinity : median(samples.map(get));
  return {
    markersMs: pick((s) => s.markersMs),
    reachableMs: pick((s) => s.reachableMs),
    ...(clicks ? { themeClickMs: median(clicks) } : {}),
    heapMb: pick((s) => s.heapMb),
    bytes: {
      js: pick((s) => s.bytes.js),
      css: pick((s) => s.bytes.css),
      data: pick((s) => s.bytes.data),
      basemap: pick((s) => s.bytes.basemap),
    },
    runs: samples.length,
    timedOut,
  };
}

/**
 * Cold loads of the app and of the baseline, taking turns, so that both meet the machine in
 * the same state: a busy moment slows one load of each, not all of one.
 */
async function measure(appUrl: string, baselineUrl: string) {
  const { executablePath, args } = findChromium();
  const browser = await chromium.launch({ executablePath, args });
  const app: Sample[] = [];
  const baseline: Sample[] = [];
  const clicks: number[] = [];
  let timedOut = false;
  try {
    for (let run = 0; run < RUNS && !timedOut; run += 1) {
      try {
        const loaded = await loadOnce(browser, appUrl, TIMEOUT_MS, PAGE_READY);
        app.push(loaded.sample);
        clicks.push(await themeClick(loaded.page));
        await loaded.context.close();
        const plain = await loadOnce(browser, baselineUrl, TIMEOUT_MS);
        baseline.push(plain.sample);
        await plain.context.close();
      } catch {
        timedOut = true;
      }
    }
  } finally {
    await browser.close();
  }
  return {
    app: summarize(app, clicks, timedOut),
    baseline: summarize(baseline, null, false),
  };
}

const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–');
/** NaN: not measured (the load before it timed out); Infinity: the load timed out. */
function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  return Number.isFinite(value) ? `${Math.round(value)} ms` : `> ${TIMEOUT_MS / 1000} s`;
}
const mb = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} MB` : '–');
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–';

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const bundle = bundleSizes(path.join(ROOT, 'dist'));
console.log(
  `\nInitial JS (gzip): ${kb(bundle.entry + bundle.preloaded)} (target 150 KB): the entry ${kb(bundle.entry)}, preloaded with it (the map, the data checks, shared code) ${kb(bundle.preloaded)}`,
);

const results: Record<string, { app: Result; baseline: Result }> = {};
for (const size of SIZES) {
  const server = await serveBench(dataFile(size));
  try {
    console.log(`\n${size.name}: measuring (${RUNS} runs each)…`);
    const { app, baseline } = await measure(`${server.url}/`, `${server.url}/bench/baseline.html`);
    results[size.name] = { app, baseline };
    console.table({
      'first marker drawn': {
        app: ms(app.markersMs),
        baseline: ms(baseline.markersMs),
        ratio: ratio(app.markersMs, baseline.markersMs),
      },
      'every city reachable': {
        app: ms(app.reachableMs),
        baseline: ms(baseline.reachableMs),
        ratio: ratio(app.reachableMs, baseline.reachableMs),
      },
      'theme click → map updated': {
        app: ms(app.themeClickMs),
        baseline: '(no filter)',
        ratio: '–',
      },
      'JS heap after load': {
        app: mb(app.heapMb),
        baseline: mb(baseline.heapMb),
        ratio: ratio(app.heapMb, baseline.heapMb),
      },
      'JS (gzip)': {
        app: kb(app.bytes.js),
        baseline: kb(baseline.bytes.js),
        ratio: ratio(app.bytes.js, baseline.bytes.js),
      },
      'CSS (gzip)': {
        app: kb(app.bytes.css),
        baseline: kb(baseline.bytes.css),
        ratio: ratio(app.bytes.css, baseline.bytes.css),
      },
      'data (gzip)': {
        app: kb(app.bytes.data),
        baseline: kb(baseline.bytes.data),
        ratio: ratio(app.bytes.data, baseline.bytes.data),
      },
      'basemap (gzip)': { app: kb(app.bytes.basemap), baseline: '(none)', ratio: '–' },
    });
  } finally {
    server.close();
  }
}
/** Lighthouse's score moves from run to run (its blocking time most): the median of a few. */
const LIGHTHOUSE_RUNS = 5;
const todayServer = await serveBench(DATA);
const lighthouseScores: number[] = [];
try {
  for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
    lighthouseScores.push(await lighthousePerformance(`${todayServer.url}/`));
  }
} finally {
  todayServer.close();
}
const lighthouseScore = median(lighthouseScores);
console.log(
  `\nLighthouse performance (mobile preset), today's data: ${lighthouseScore}, the median of ` +
    `${lighthouseScores.join(', ')}`,
);
if (SIZES === ALL_SIZES) {
  await writeResults({
    date: new Date().toISOString(),
    runs: RUNS,
    bundle,
    results,
    lighthouseScore,
    lighthouseScores,
  });
  console.log('\nbench/results.json written');
}
