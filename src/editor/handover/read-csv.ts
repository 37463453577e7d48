/** A CSV that cannot be split into rows: a quote opened and never closed. */
export interface CsvSyntaxError {
  /** The 1-based row where the unclosed quote starts. */
  readonly row: number;
}

export type ReadCsv = { ok: true; rows: string[][] } | { ok: false; error: CsvSyntaxError };

const BOM = '\uFEFF';

/** The delimiter of the header line: the one of `,` and `;` that appears there more often. */
export function guessDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (char: string) => firstLine.split(char).length;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * RFC 4180 rows, read the way spreadsheets write them: CRLF or LF line ends, a byte-order
 * mark skipped, quotes doubled inside quoted fields, blank lines dropped.
 */
export function readCsv(input: string, delimiter: ',' | ';'): ReadCsv {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteRow = 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') {
      quoted = true;
      quoteRow = rows.length + 1;
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || (char === '\r' && text[at + 1] === '\n')) {
      if (char === '\r') at += 1;
      endRow();
    } else field += char;
  }
  if (quoted) return { ok: false, error: { row: quoteRow } };
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}
