import { isRecord } from '../../data/is-record';
import type { Direction } from '../../data/schema';
import { CSV_COLUMNS, type CsvColumn } from '../../features/export/to-csv';
import { en } from '../../i18n/en';
import type { Language } from '../../i18n/languages';
import { pl } from '../../i18n/pl';
import { guessDelimiter, readCsv } from './read-csv';
import type { Draft } from '../working-copy/draft';

/** Where in the spreadsheet: 1-based, the header being row 1, as a spreadsheet numbers them. */
export interface CellAt {
  readonly row: number;
  readonly column: number;
  readonly value: string;
}

/** What could not be read, precisely enough to find it in the spreadsheet. */
export type CsvImportIssue =
  | { readonly code: 'syntax'; readonly row: number }
  | { readonly code: 'no-header' }
  | { readonly code: 'missing-column'; readonly column: CsvColumn }
  | ({ readonly code: 'year' | 'direction' | 'theme' | 'source' | 'visit-exists' } & CellAt);

export interface CsvImport {
  /** New visits, in the contract's key order; what the CSV cannot say is left for the form. */
  readonly visits: readonly Record<string, unknown>[];
  /** The language of the header, and so of the texts. */
  readonly language: Language | undefined;
  readonly issues: readonly CsvImportIssue[];
}

/** Columns without which a row is not a visit. */
const REQUIRED: readonly CsvColumn[] = ['visitId', 'year', 'direction', 'cityId', 'title'];
const LIST_SEPARATOR = /\s*;\s*/;
/** The apostrophe the map's export puts before a cell a spreadsheet would run as a formula. */
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

const HEADERS: Record<Language, Record<CsvColumn, string>> = {
  pl: pl.export.columns,
  en: en.export.columns,
};
const DIRECTION_WORDS: [string, Direction][] = [
  ...(['incoming', 'outgoing'] as const).flatMap((direction): [string, Direction][] => [
    [direction, direction],
    [pl.panel[direction], direction],
    [en.panel[direction], direction],
  ]),
];

function plain(text: string): string {
  return text.trim().toLocaleLowerCase('pl');
}

/** The header's language and the position of each column it has. */
function readHeader(header: readonly string[]) {
  const cells = header.map(plain);
  const languages = (['pl', 'en'] as const).map((language) => {
    const positions = new Map<CsvColumn, number>();
    for (const column of CSV_COLUMNS) {
      const index = cells.findIndex(
        (cell) => cell === plain(HEADERS[language][column]) || cell === plain(column),
      );
      if (index !== -1) positions.set(column, index);
    }
    return { language, positions };
  });
  return languages.reduce((best, next) =>
    next.positions.size > best.positions.size ? next : best,
  );
}

/** Ids of the draft's entries of `list` by their id and by their title or label in either language. */
function lookup(draft: Draft, list: 'themes' | 'sources', textKey: 'label' | 'title') {
  const ids = new Map<string, string>();
  const entries = Array.isArray(draft[list]) ? draft[list] : [];
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry.id !== 'string') continue;
    const text = entry[textKey];
    for (const name of isRecord(text) ? [text.pl, text.en] : [])
      if (typeof name === 'string' && !ids.has(plain(name))) ids.set(plain(name), entry.id);
    ids.set(plain(entry.id), entry.id);
  }
  return ids;
}

function existingVisitIds(draft: Draft): Set<string> {
  const visits = Array.isArray(draft.visits) ? draft.visits : [];
  return new Set(
    visits.flatMap((visit) => (isRecord(visit) && typeof visit.id === 'string' ? [visit.id] : [])),
  );
}

function splitList(cell: string): string[] {
  return cell.trim() === '' ? [] : cell.split(LIST_SEPARATOR).filter((item) => item !== '');
}

/**
 * Visits from a CSV in the columns of the map's own export (Polish or English header, comma
 * or semicolon). Rows of one visit (one per city) become one visit with all their cities;
 * rows without a visit id (cities without visits) are skipped. Themes and the source are
 * matched by name or id against the draft. Texts fill the header's language only: the other
 * is left for the clerk, and the validator asks for it.
 */
export function importVisitsCsv(text: string, draft: Draft): CsvImport {
  const read = readCsv(text, guessDelimiter(text));
  if (!read.ok)
    return { visits: [], language: undefined, issues: [{ code: 'syntax', ...read.error }] };
  const [header, ...rows] = read.rows;
  const { language, positions } = readHeader(header ?? []);
  if (positions.size === 0)
    return { visits: [], language: undefined, issues: [{ code: 'no-header' }] };
  const missing = REQUIRED.filter((column) => !positions.has(column));
  if (missing.length > 0)
    return {
      visits: [],
      language,
      issues: missing.map((column) => ({ code: 'missing-column', column })),
    };

  const themes = lookup(draft, 'themes', 'label');
  const sources = lookup(draft, 'sources', 'title');
  const existing = existingVisitIds(draft);
  const issues: CsvImportIssue[] = [];
  const visits = new Map<string, Record<string, unknown> & { cityIds: string[] }>();

  rows.forEach((cells, index) => {
    const row = index + 2;
    const cellOf = (column: CsvColumn): CellAt => {
      const position = positions.get(column);
      const value = position === undefined ? '' : (cells[position] ?? '');
      return { row, column: (position ?? 0) + 1, value: value.replace(FORMULA_GUARD, '').trim() };
    };
    const id = cellOf('visitId');
    if (id.value === '') return;
    const cityId = cellOf('cityId').value;
    const known = visits.get(id.value);
    if (known) {
      if (cityId !== '' && !known.cityIds.includes(cityId)) known.cityIds.push(cityId);
      return;
    }
    if (existing.has(id.value)) {
      issues.push({ code: 'visit-exists', ...id });
      return;
    }
    visits.set(
      id.value,
      readVisit({ id: id.value, cityId, language, cellOf, themes, sources }, issues),
    );
  });
  return { visits: [...visits.values()], language, issues };
}

interface RowReader {
  readonly id: string;
  readonly cityId: string;
  readonly language: Language;
  readonly cellOf: (column: CsvColumn) => CellAt;
  readonly themes: ReadonlyMap<string, string>;
  readonly sources: ReadonlyMap<string, string>;
}

/** One visit from its first row, in the contract's key order. */
function readVisit(reader: RowReader, issues: CsvImportIssue[]) {
  const { id, cityId, language, cellOf } = reader;
  const localized = (column: CsvColumn) => {
    const { value } = cellOf(column);
    return value === '' ? {} : { [language]: value };
  };
  const visit: Record<string, unknown> & { cityIds: string[] } = {
    id,
    cityIds: cityId === '' ? [] : [cityId],
  };

  const year = cellOf('year');
  if (/^\d{4}$/.test(year.value)) visit.year = Number(year.value);
  else issues.push({ code: 'year', ...year });
  const date = cellOf('date').value;
  if (date !== '') visit.date = date;

  const direction = cellOf('direction');
  const word = DIRECTION_WORDS.find(([text]) => plain(text) === plain(direction.value));
  if (word) visit.direction = word[1];
  else issues.push({ code: 'direction', ...direction });

  visit.title = localized('title');
  visit.summary = localized('summary');
  visit.participants = splitList(cellOf('participants').value).map((name) => ({
    name: { [language]: name },
  }));

  const themes = cellOf('themes');
  visit.themes = splitList(themes.value).flatMap((name) => {
    const themeId = reader.themes.get(plain(name));
    if (themeId === undefined) issues.push({ code: 'theme', ...themes, value: name });
    return themeId === undefined ? [] : [themeId];
  });

  const source = cellOf('source');
  const sourceId = reader.sources.get(plain(source.value));
  if (sourceId !== undefined) visit.sourceId = sourceId;
  else if (source.value !== '') issues.push({ code: 'source', ...source });
  return visit;
}
