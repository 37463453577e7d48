import { describe, expect, it } from 'vitest';
import { guessDelimiter, readCsv } from './read-csv';

describe('readCsv', () => {
  it.each<[string, string, ',' | ';', string[][]]>([
    [
      'plain rows with CRLF',
      'a,b\r\nc,d\r\n',
      ',',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'LF line ends and no final line end',
      'a;b\nc;d',
      ';',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a byte-order mark', '\uFEFF"a","b"\r\n', ',', [['a', 'b']]],
    [
      'quotes, delimiters and line breaks inside a field',
      '"x ""y"", z\nw",2\r\n',
      ',',
      [['x "y", z\nw', '2']],
    ],
    ['empty fields', ',,\r\n', ',', [['', '', '']]],
    ['blank lines dropped', 'a\r\n\r\nb\r\n', ',', [['a'], ['b']]],
  ])('%s', (_, text, delimiter, rows) => {
    expect(readCsv(text, delimiter)).toEqual({ ok: true, rows });
  });

  it('tells the row of a quote never closed', () => {
    expect(readCsv('a,b\r\nc,"d\r\ne,f\r\n', ',')).toEqual({ ok: false, error: { row: 2 } });
  });
});

describe('guessDelimiter', () => {
  it.each<[string, ',' | ';']>([
    ['"a";"b";"c"\r\n"1,2";"3";"4"', ';'],
    ['"a","b"\r\n', ','],
    ['a\r\n', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(guessDelimiter(text)).toBe(delimiter);
  });
});
