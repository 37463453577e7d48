/**
 * Reads CSV as a spreadsheet does when a file is opened with whatever delimiter its regional
 * settings say, which may not be the file's: forgiving where parse-csv.ts is strict. The
 * tests open the downloads with the wrong delimiter through it to see which cells appear.
 * Two ways of reading a quote found after a quoted part closed, as spreadsheets differ there:
 * - 'excel': it is plain text, and so is the rest of the field, up to the next delimiter or
 *   line break (Excel's dialect, as Python's csv module reads it);
 * - 'toggle': every quote opens or closes a quoted part.
 */
export type QuoteReading = 'excel' | 'toggle';

export function readLikeASpreadsheet(
  text: string,
  delimiter: ',' | ';',
  quotes: QuoteReading,
): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  /** Only 'excel': a quoted part has closed, quotes are plain text until the field ends. */
  let plain = false;
  const endField = () => {
    record.push(field);
    field = '';
    plain = false;
  };
  for (let position = 0; position < text.length; position += 1) {
    const char = text[position]!;
    if (quoted) {
      if (char === '"' && text[position + 1] === '"') {
        field += '"';
        position += 1;
      } else if (char === '"') {
        quoted = false;
        plain = quotes === 'excel';
      } else {
        field += char;
      }
    } else if (char === '"' && !plain && (quotes === 'toggle' || field === '')) {
      quoted = true;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\r' || char === '\n') {
      endField();
      records.push(record);
      record = [];
      if (char === '\r' && text[position + 1] === '\n') position += 1;
    } else {
      field += char;
      if (quotes === 'excel') plain = true;
    }
  }
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}
