import { describe, expect, it } from 'vitest';
import { parsePosition, positionAt, type TextPosition } from './json-position';

describe('positionAt', () => {
  it.each<[string, number, TextPosition]>([
    ['{"a": 1}', 0, { line: 1, column: 1 }],
    ['{"a": 1}', 5, { line: 1, column: 6 }],
    ['{\n  "a": x\n}', 9, { line: 2, column: 8 }],
    ['{\r\n  "a": x\r\n}', 10, { line: 2, column: 8 }],
    ['a\rb', 2, { line: 2, column: 1 }],
    ['abc', 99, { line: 1, column: 4 }],
  ])('%j at %i', (text, offset, expected) => {
    expect(positionAt(text, offset)).toEqual(expected);
  });
});

describe('parsePosition', () => {
  const text = '{\n  "a": 1,\n}';

  it.each<[string, TextPosition | undefined]>([
    [
      'Expected double-quoted property name in JSON at position 12 (line 3 column 1)',
      { line: 3, column: 1 },
    ],
    ['Unexpected token } in JSON at position 12', { line: 3, column: 1 }],
    [
      'JSON.parse: expected double-quoted property name at line 3 column 1 of the JSON data',
      { line: 3, column: 1 },
    ],
    ['Unexpected end of JSON input', undefined],
  ])('%j', (message, expected) => {
    expect(parsePosition(text, message)).toEqual(expected);
  });

  it('agrees with the JSON.parse of the machine running the tests', () => {
    let message = '';
    try {
      JSON.parse(text);
    } catch (error) {
      message = String(error);
    }
    expect(parsePosition(text, message)).toEqual({ line: 3, column: 1 });
  });
});
