import { describe, expect, it, vi } from 'vitest';
import { firstInvalidUtf8, readJsonBytes, type NotUtf8, type ReadJson } from './read-json-bytes';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

/** `text` in UTF-16 with its byte order mark. */
function utf16(text: string, endian: 'LE' | 'BE'): Uint8Array {
  const out = new Uint8Array(2 * (text.length + 1));
  const view = new DataView(out.buffer);
  [0xfeff, ...Array.from(text, (char) => char.charCodeAt(0))].forEach((unit, index) =>
    view.setUint16(2 * index, unit, endian === 'LE'),
  );
  return out;
}

describe('firstInvalidUtf8', () => {
  it.each<[string, Uint8Array, number]>([
    ['plain ASCII', utf8('{"a": 1}'), -1],
    ['Polish letters in UTF-8', utf8('Poznań, Łódź'), -1],
    ['an emoji (4 bytes)', utf8('🌻'), -1],
    ['"ń" in Windows-1250', bytes(0x50, 0x6f, 0x7a, 0x6e, 0x61, 0xf1), 5],
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong "/"', bytes(0xc0, 0xaf), 0],
    ['a sequence cut short', bytes(0x41, 0xe2, 0x82), 1],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
  ])('%s', (_, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });
});

/** What the app and the validator both get: the text read (or not), and how it is not UTF-8. */
function outcome(read: ReadJson): { text: string | null; notUtf8: NotUtf8 | undefined } {
  return { text: 'text' in read ? read.text : null, notUtf8: read.notUtf8 };
}

describe('the decoding policy (readJsonBytes)', () => {
  it.each<[string, Uint8Array, string | null, NotUtf8 | undefined]>([
    ['UTF-8', utf8('{"a": "ń"}'), '{"a": "ń"}', undefined],
    ['UTF-8 with a byte order mark (dropped)', bytes(...BOM, 0x7b, 0x7d), '{}', undefined],
    [
      'UTF-8 with two byte order marks (the second is text)',
      bytes(...BOM, ...BOM, 0x7b, 0x7d),
      '\uFEFF{}',
      undefined,
    ],
    [
      'UTF-16 LE with a byte order mark',
      utf16('{"a": "ń"}', 'LE'),
      '{"a": "ń"}',
      { kind: 'byte-order-mark', encoding: 'UTF-16 LE', byteOffset: 0 },
    ],
    [
      'UTF-16 BE with a byte order mark',
      utf16('{"a": "ń"}', 'BE'),
      '{"a": "ń"}',
      { kind: 'byte-order-mark', encoding: 'UTF-16 BE', byteOffset: 0 },
    ],
    [
      'UTF-32 LE (not read)',
      bytes(0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0),
      null,
      { kind: 'byte-order-mark', encoding: 'UTF-32 LE', byteOffset: 0 },
    ],
    [
      'UTF-32 BE (not read)',
      bytes(0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x7b),
      null,
      { kind: 'byte-order-mark', encoding: 'UTF-32 BE', byteOffset: 0 },
    ],
    [
      'Windows-1250: read, the bad byte replaced',
      bytes(0x7b, 0x0a, 0x22, 0xb3, 0x22),
      '{\n"\uFFFD"',
      { kind: 'bad-byte', byte: 0xb3, byteOffset: 3 },
    ],
    [
      'a stray 0xFF',
      bytes(0x7b, 0x22, 0x61, 0x22, 0x3a, 0xff),
      '{"a":\uFFFD',
      { kind: 'bad-byte', byte: 0xff, byteOffset: 5 },
    ],
    [
      'a bad byte after a byte order mark (counted from the file start)',
      bytes(...BOM, 0x7b, 0xc0),
      '{\uFFFD',
      { kind: 'bad-byte', byte: 0xc0, byteOffset: 4 },
    ],
  ])('%s', (_, input, text, notUtf8) => {
    expect(outcome(readJsonBytes(input))).toEqual({ text, notUtf8 });
    // An ArrayBuffer (what fetch gives the app) reads the same as its bytes.
    expect(outcome(readJsonBytes(input.slice().buffer))).toEqual({ text, notUtf8 });
  });

  it('says what went wrong when decoding fails for another reason than a bad byte', () => {
    const decodeSpy = vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    try {
      expect(readJsonBytes(bytes(0x7b, 0x7d))).toEqual({
        ok: false,
        why: 'not-text',
        notUtf8: {
          kind: 'undecodable',
          detail: 'RangeError: Invalid string length',
          byteOffset: 0,
        },
      });
    } finally {
      decodeSpy.mockRestore();
    }
  });
});

describe('the parse (readJsonBytes)', () => {
  it.each<[string, string, string]>([
    ['an empty file', '', 'empty'],
    ['only white space', ' \n\t', 'empty'],
    ['a web page', '  <!doctype html><title>Not found</title>', 'web-page'],
    ['text cut short', '{"a": [1, 2', 'not-json'],
    ['a comment', '{"a": 1 // one\n}', 'not-json'],
  ])('refuses %s', (_, text, why) => {
    const read = readJsonBytes(utf8(text));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.why).toBe(why);
  });

  it('says what JSON.parse said about text that is not JSON', () => {
    const read = readJsonBytes(utf8('{"a": 1,}'));
    expect(read.ok || read.why !== 'not-json' ? undefined : read.detail).toMatch(/SyntaxError/);
  });

  it('parses, and finds keys written twice and nesting too deep', () => {
    const read = readJsonBytes(utf8('{"a": [[1]], "a": 2, "a": 3}'), {
      maxDuplicateKeys: 1,
      maxDepth: 2,
    });
    expect(read).toMatchObject({
      ok: true,
      json: { a: 3 },
      duplicateKeys: [{ path: [], key: 'a', offset: 13 }],
      duplicateKeyCount: 2,
      tooDeepAt: 7,
    });
  });
});
