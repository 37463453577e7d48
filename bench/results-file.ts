import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';

const RESULTS_FILE = path.resolve(import.meta.dirname, 'results.json');

/**
 * Writes `sections` into bench/results.json, keeping the sections other benchmarks wrote,
 * formatted as the repository's formatter wants it (so `npm run lint` passes after a bench).
 */
export async function writeResults(sections: Record<string, unknown>): Promise<void> {
  const previous = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>;
  const text = JSON.stringify({ ...previous, ...sections });
  writeFileSync(RESULTS_FILE, await format(text, { parser: 'json', filepath: RESULTS_FILE }));
}
