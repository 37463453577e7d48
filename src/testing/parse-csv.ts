/**
 * Reads CSV back as RFC 4180 records, strictly (a stray quote or bare line break throws): the
 * tests check the downloads with it. Written apart from to-csv.ts, so a test does not trust
 * the code it checks.
 */
export function parseCsv(text: string, delimiter: ',' | ';' = ','): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let position = 0; position < text.length; position += 1) {
    const char = text[position];
    if (quoted) {
      if (char === '"' && text[position + 1] === '"') {
        field += '"';
        position += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${position}`);
      quoted = true;
    } else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[position + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      position += 1;
    } else if (char === '\r' || char === '\n') {
      throw new Error(`bare line break outside quotes at ${position}`);
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('unclosed quote');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
