import { DataLoadError } from './load-error';
import { readJsonBytes, type ReadJson } from './read-json-bytes';
import type { Cooperation } from './schema';
import { formatMessage, formatProblem, type Problem } from './validation/problem';
import type { ValidationResult } from './validation/check-cooperation';

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

/**
 * The validation result as the map takes it, with `more` problems found outside it (keys
 * written twice); throws when nothing usable is left.
 */
export function toLoaded(
  result: ValidationResult,
  wrongEncoding: boolean,
  more: readonly Problem[] = [],
): LoadedCooperation {
  const problems = [...more, ...result.problems];
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

/** The file's bytes as JSON (read-json-bytes.ts); throws when they are not JSON. */
export function readJson(bytes: ArrayBuffer | Uint8Array): Extract<ReadJson, { ok: true }> {
  const read = readJsonBytes(bytes);
  if (!read.ok) throw unreadable(read);
  return read;
}
