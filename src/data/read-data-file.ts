import { findDuplicateKeys, type DuplicateKey } from './duplicate-keys';
import { DataLoadError } from './load-error';
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

export function decode(bytes: Uint8Array): { text: string; wrongEncoding: boolean } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), wrongEncoding: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), wrongEncoding: true };
  }
  try {
    // TextDecoder drops a UTF-8 byte order mark by itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), wrongEncoding: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), wrongEncoding: true };
  }
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') {
    throw new DataLoadError(
      'format',
      formatMessage({ pl: 'plik z danymi jest pusty', en: 'the data file is empty' }),
    );
  }
  if (text.trimStart().startsWith('<')) {
    throw new DataLoadError(
      'format',
      formatMessage({
        pl: 'serwer przysłał stronę WWW zamiast pliku z danymi: sprawdź, czy data/cooperation.json jest na miejscu',
        en: 'the server sent a web page instead of the data file: check that data/cooperation.json is in place',
      }),
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataLoadError(
      'format',
      formatMessage({
        pl: `plik z danymi nie jest poprawnym JSON-em; ${CHECK.pl}`,
        en: `the data file is not valid JSON; ${CHECK.en}`,
      }),
      [String(error)],
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

/** What readJson read: the parsed JSON and what JSON.parse itself does not tell. */
export interface ReadJson {
  readonly json: unknown;
  readonly wrongEncoding: boolean;
  /** Keys written twice in one object (JSON.parse keeps the last without a word). */
  readonly duplicateKeys: readonly DuplicateKey[];
}

/** The file's bytes as JSON: decoded (UTF-8, or UTF-16 with a warning) and parsed. */
export function readJson(bytes: ArrayBuffer | Uint8Array): ReadJson {
  const { text, wrongEncoding } = decode(
    bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes),
  );
  const json = parseJson(text);
  return { json, wrongEncoding, duplicateKeys: findDuplicateKeys(text) };
}
