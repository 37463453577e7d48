import { DataLoadError } from './load-error';
import { readJsonBytes, type JsonSource, type ReadJson } from './read-json-bytes';
import type { Cooperation } from './schema';
import type { CheckOptions } from './validation/check-cooperation';
import type {
  checkPrecisely as CheckPrecisely,
  duplicateKeyProblem as DuplicateKeyProblem,
} from './validation/precise-path';
import { formatMessage, formatProblem, type Problem } from './validation/problem';
import { checkQuickly } from './validation/quick-path';

/** The data the map can show, and what had to be left out to show it. */
export interface LoadedCooperation {
  readonly data: Cooperation;
  /** Entries (sources, themes, cities, visits) left out because of errors. */
  readonly skipped: number;
  readonly problems: readonly Problem[];
  /** The file was not UTF-8: it was read anyway, but some letters may be wrong. */
  readonly wrongEncoding: boolean;
}

const CHECK = {
  pl: 'sprawdź go poleceniem npm run validate-data',
  en: 'check it with npm run validate-data',
};

/** Why the file could not be read as JSON, in the words of the app's error message. */
function unreadable(read: Extract<ReadJson, { ok: false }>): DataLoadError {
  switch (read.why) {
    case 'not-text':
      return new DataLoadError(
        'format',
        formatMessage({
          pl: `plik z danymi nie jest zapisany w UTF-8; ${CHECK.pl}`,
          en: `the data file is not saved as UTF-8; ${CHECK.en}`,
        }),
      );
    case 'empty':
      return new DataLoadError(
        'format',
        formatMessage({ pl: 'plik z danymi jest pusty', en: 'the data file is empty' }),
      );
    case 'web-page':
      return new DataLoadError(
        'format',
        formatMessage({
          pl: 'serwer przysłał stronę WWW zamiast pliku z danymi: sprawdź, czy data/cooperation.json jest na miejscu',
          en: 'the server sent a web page instead of the data file: check that data/cooperation.json is in place',
        }),
      );
    case 'not-json':
      return new DataLoadError(
        'format',
        formatMessage({
          pl: `plik z danymi nie jest poprawnym JSON-em; ${CHECK.pl}`,
          en: `the data file is not valid JSON; ${CHECK.en}`,
        }),
        read.detail === undefined ? [] : [read.detail],
      );
  }
}

interface PrecisePath {
  readonly checkPrecisely: typeof CheckPrecisely;
  readonly duplicateKeyProblem: typeof DuplicateKeyProblem;
}

/** The precise path, with zod and the messages: downloaded only for a file with problems. */
async function loadPrecisePath(): Promise<PrecisePath> {
  try {
    return await import('./validation/precise-path');
  } catch (error) {
    throw new DataLoadError('network', 'The data checks could not be loaded.', [String(error)]);
  }
}

/**
 * Reads the data file's bytes as the map will show them: every valid entry kept, every bad
 * one left out and described. The quick path (no zod, no words) reads a file that follows the
 * data contract, which is the file almost always; the precise path reads any other, to say
 * precisely what is wrong. Throws a DataLoadError only when nothing usable is left (not
 * JSON, wrong top-level shape, a broken hub).
 */
export async function readCooperation(
  source: JsonSource,
  options: CheckOptions = {},
): Promise<LoadedCooperation> {
  const read = readJsonBytes(source);
  if (!read.ok) throw unreadable(read);
  const wrongEncoding = read.notUtf8 !== undefined;
  // A key written twice needs words too: the precise path says where.
  if (read.duplicateKeys.length === 0) {
    const quick = checkQuickly(read.json, options);
    if (quick.valid) return { data: quick.data, skipped: 0, problems: [], wrongEncoding };
  }
  const { checkPrecisely, duplicateKeyProblem } = await loadPrecisePath();
  const result = checkPrecisely(read.json, options);
  const problems = [...read.duplicateKeys.map(duplicateKeyProblem), ...result.problems];
  if (result.data === null) {
    throw new DataLoadError(
      'format',
      formatMessage({
        pl: `plik z danymi nie pasuje do umowy danych; ${CHECK.pl}`,
        en: `the data file does not follow the data contract; ${CHECK.en}`,
      }),
      problems.map(formatProblem),
    );
  }
  return { data: result.data, skipped: result.skipped, problems, wrongEncoding };
}
