import type { CooperationIndex } from '../../data/cooperation-index';
import type { City, Direction, Relation, Visit } from '../../data/schema';
import type { Language } from '../../i18n/languages';
import type { FilterResult } from '../../data/filter-result';

/** The CSV's columns, in the order they are written. */
export const CSV_COLUMNS = [
  'visitId',
  'year',
  'date',
  'direction',
  'cityId',
  'cityName',
  'country',
  'relation',
  'title',
  'themes',
  'participants',
  'summary',
  'source',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The header row's text, one label per column, from i18n. */
export type CsvColumnLabels = Record<CsvColumn, string>;

/** How the two coded fields read in the interface language, from i18n. */
export interface CsvValueLabels {
  direction: Record<Direction, string>;
  relation: Record<Relation, string>;
}

export interface CsvOptions {
  /**
   * RFC 4180 says comma; Excel with Polish regional settings splits a double-clicked file on
   * its list separator, which is a semicolon there.
   */
  delimiter: ',' | ';';
}

const BOM = '\uFEFF';
const LINE_END = '\r\n';
const LIST_SEPARATOR = '; ';

/**
 * Excel, LibreOffice and Google Sheets run a cell that starts with one of these as a formula
 * (CSV injection, e.g. `=HYPERLINK(...)` or DDE); the apostrophe makes them keep it as text.
 * A cell can also start inside a value: opened with the other delimiter (a comma file in
 * Polish Excel, a semicolon file in English Excel), a spreadsheet that reads Excel's way
 * leaves quoting after the first field and splits at every comma or semicolon, and ends the
 * row at every line break. So the guard goes after those too (and after any quotes there).
 */
const FORMULA_AT_CELL_START = /(?<=^|[,;\r\n])("*)(?=[=+\-@\t\r])/g;

function guardFormula(value: string): string {
  return value.replace(FORMULA_AT_CELL_START, "$1'");
}

/** Every field quoted: a delimiter of either kind inside a value never splits it. */
function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function cell(value: string): string {
  return quote(guardFormula(value));
}

type CityColumn = 'cityId' | 'cityName' | 'country' | 'relation';
type VisitColumn = Exclude<CsvColumn, CityColumn>;

function visitCells(
  visit: Visit,
  index: CooperationIndex,
  language: Language,
  values: CsvValueLabels,
): Record<VisitColumn, string> {
  const themeLabel = (id: string) => index.themesById.get(id)?.label[language] ?? id;
  return {
    visitId: visit.id,
    year: String(visit.year),
    date: visit.date ?? '',
    direction: values.direction[visit.direction],
    title: visit.title[language],
    themes: visit.themes.map(themeLabel).join(LIST_SEPARATOR),
    participants: visit.participants.map((p) => p.name[language]).join(LIST_SEPARATOR),
    summary: visit.summary[language],
    source: index.sourcesById.get(visit.sourceId)?.title[language] ?? visit.sourceId,
  };
}

const NO_VISIT: Record<VisitColumn, string> = {
  visitId: '',
  year: '',
  date: '',
  direction: '',
  title: '',
  themes: '',
  participants: '',
  summary: '',
  source: '',
};

function cityCells(
  city: City,
  language: Language,
  values: CsvValueLabels,
): Record<CityColumn, string> {
  return {
    cityId: city.id,
    cityName: city.name[language],
    country: city.country,
    relation: values.relation[city.relation],
  };
}

/**
 * The shown visits as CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel
 * reads the file as the system's code page and mangles Polish letters), CRLF line ends, one
 * row per pair of a shown city and one of its shown visits, cities in the view's order and
 * visits in the data's. A visit with two cities therefore gives two rows. A shown city without
 * visits (there are some when no filter is on) gets one row with empty visit columns, so the
 * file lists exactly the cities the map shows.
 */
export function visitsToCsv(
  view: FilterResult,
  index: CooperationIndex,
  language: Language,
  columns: CsvColumnLabels,
  values: CsvValueLabels,
  options: CsvOptions = { delimiter: ',' },
): string {
  const { delimiter } = options;
  const line = (record: Record<CsvColumn, string>) =>
    CSV_COLUMNS.map((column) => cell(record[column])).join(delimiter);

  const lines = [line(columns)];
  for (const city of view.cities) {
    const place = cityCells(city, language, values);
    const visits = view.visitsByCity.get(city.id) ?? [];
    if (visits.length === 0) {
      lines.push(line({ ...NO_VISIT, ...place }));
    }
    for (const visit of visits) {
      lines.push(line({ ...visitCells(visit, index, language, values), ...place }));
    }
  }
  return BOM + lines.join(LINE_END) + LINE_END;
}
