import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badDataCases, type BadDataCase } from '../../e2e/fixtures/bad-data/cases.ts';
import {
  GENERATED_FILE_NAME,
  generatedTenMegabytes,
} from '../../e2e/fixtures/bad-data/generated.ts';
import { DataLoadError } from '../../src/data/load-error.ts';
import { readCooperation } from '../../src/data/read-cooperation.ts';
import { readJsonBytes } from '../../src/data/read-json-bytes.ts';
import { checkPrecisely, duplicateKeyProblem } from '../../src/data/validation/precise-path.ts';
import { formatProblem } from '../../src/data/validation/problem.ts';
import { checkQuickly } from '../../src/data/validation/quick-path.ts';
import { createCountryCheck } from './country-check.ts';
import { validateFile } from './validate-file.ts';

const FOLDER = new URL('../../e2e/fixtures/bad-data/', import.meta.url);
const CURRENT_YEAR = 2026;
const GENERATED = 'generated:10mb';
const checkPlace = createCountryCheck();

/** The case's bytes, and the name the validator shows them under (the file's base name). */
function input(entry: BadDataCase): { bytes: Uint8Array; name: string } {
  if (entry.file === GENERATED) {
    return { bytes: generatedTenMegabytes(), name: GENERATED_FILE_NAME };
  }
  return { bytes: new Uint8Array(readFileSync(new URL(entry.file, FOLDER))), name: entry.file };
}

function describeError(error: unknown) {
  const { kind, message, details } = error as DataLoadError;
  return { kind, message, details };
}

/**
 * What the precise path alone makes of the bytes, and the quick path's verdict on them; null
 * when the reader refuses them (not JSON), before either path.
 */
function bothPaths(bytes: Uint8Array) {
  const read = readJsonBytes(bytes);
  if (!read.ok) return null;
  const result = checkPrecisely(read.json, { currentYear: CURRENT_YEAR });
  const quick = checkQuickly(read.json, { currentYear: CURRENT_YEAR });
  const { data } = result;
  return {
    quick,
    // Keys written twice are the reader's finding, not the paths': the app sends them on.
    quickExpected: result.problems.length === 0 ? { valid: true, data } : { valid: false },
    precise: {
      data: result.data,
      skipped: result.skipped,
      problems: [...read.duplicateKeys.map(duplicateKeyProblem), ...result.problems],
      wrongEncoding: read.notUtf8 !== undefined,
    },
  };
}

describe('the corpus of broken data files', () => {
  it.each(badDataCases.map((entry) => ({ ...entry, name: `${entry.file}: ${entry.what}` })))(
    '$name',
    async (entry) => {
      const { bytes, name } = input(entry);

      const report = validateFile(bytes, name, { currentYear: CURRENT_YEAR, checkPlace });
      expect(report.lines).toEqual(entry.cli.lines);
      expect(report.errors > 0 ? 1 : 0).toBe(entry.cli.exitCode);

      // The app reads with the quick path first: the same outcome, to the last message, as the
      // precise path alone; and the quick path passes only a file with no problem at all.
      const reading = readCooperation(bytes, { currentYear: CURRENT_YEAR });
      const paths = bothPaths(bytes);
      if (paths !== null) expect(paths.quick).toEqual(paths.quickExpected);
      if (entry.app.outcome === 'error') {
        const error = await reading.then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
        expect(error).toBeInstanceOf(DataLoadError);
        expect(describeError(error)).toMatchObject({ kind: 'format' });
        if (paths !== null) {
          expect(paths.precise.data).toBeNull();
          expect(describeError(error).details).toEqual(paths.precise.problems.map(formatProblem));
        }
        return;
      }
      const loaded = await reading;
      expect(loaded).toEqual(paths?.precise);
      expect({
        skipped: loaded.skipped,
        cities: loaded.data.cities.length,
        problems: loaded.problems.length,
        wrongEncoding: loaded.wrongEncoding,
      }).toEqual({
        skipped: entry.app.skipped,
        cities: entry.app.cities,
        problems: entry.app.problems,
        wrongEncoding: entry.app.wrongEncoding ?? false,
      });
    },
    30_000,
  );

  it('has at least 30 files the validator rejects', () => {
    const rejected = badDataCases.filter((entry) => entry.cli.exitCode === 1);
    expect(rejected.length).toBeGreaterThanOrEqual(30);
  });

  it('lists every file of the folder, and only those', () => {
    const files = readdirSync(FOLDER)
      .filter((file) => file !== 'cases.ts' && file !== 'generated.ts')
      .sort();
    const listed = badDataCases
      .map((entry) => entry.file)
      .filter((file) => file !== GENERATED)
      .sort();
    expect(listed).toEqual(files);
    expect(new Set(listed).size).toBe(listed.length);
    for (const file of files) expect(file).toMatch(/^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.json$/);
  });

  it('numbers the files 01, 02, … without gaps, in the order of the list', () => {
    const numbers = badDataCases
      .filter((entry) => entry.file !== GENERATED)
      .map((entry) => Number(entry.file.slice(0, 2)));
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });
});
