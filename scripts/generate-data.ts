import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cooperationSchema } from '../src/data/schema.ts';
import { generateCooperation, LAST_YEAR, MAX_YEARS, toJsonText } from './generate-data/generate.ts';

const DATA_FILE = path.resolve(import.meta.dirname, '..', 'data', 'cooperation.json');

const USAGE = `Usage: npm run data:generate -- --cities N --visits M --years Y --seed S [--out FILE]

Writes synthetic cooperation data; the same options always give the same bytes.
Hub, sources and themes come from data/cooperation.json.

  --cities N   number of cities (positive integer)
  --visits M   visits per city (positive integer); a few visits add a second city
  --years Y    visits spread over Y years ending in ${LAST_YEAR} (1 to ${MAX_YEARS})
  --seed S     random seed (integer 0 to 4294967295)
  --out FILE   file to write; omitted or "-": standard output
  --help       show this message`;

function fail(message: string): never {
  console.error(`data:generate: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number {
  if (text === undefined) fail(`--${name} is required`);
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    fail(`--${name} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        cities: { type: 'string' },
        visits: { type: 'string' },
        years: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

const values = parseOptions();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const cities = wholeNumber('cities', values.cities, 1, 10_000_000);
const visitsPerCity = wholeNumber('visits', values.visits, 1, 1000);
const years = wholeNumber('years', values.years, 1, MAX_YEARS);
const seed = wholeNumber('seed', values.seed, 0, 0xffffffff);

const base = cooperationSchema.parse(JSON.parse(readFileSync(DATA_FILE, 'utf8')));
const data = generateCooperation({ base, cities, visitsPerCity, years, seed });
const text = toJsonText(data);
if (values.out === undefined || values.out === '-') {
  process.stdout.write(text);
} else {
  writeFileSync(values.out, text);
  console.error(
    `Wrote ${data.cities.length} cities and ${data.visits.length} visits ` +
      `(${Buffer.byteLength(text)} bytes) to ${values.out}`,
  );
}
