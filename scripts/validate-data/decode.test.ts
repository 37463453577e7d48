import { describe, expect, it, vi } from 'vitest';
import { decode, firstInvalidUtf8 } from './decode.ts';
import { bytePosition, Positions } from './positions.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('firstInvalidUtf8', () => {
  it.each<[string, Uint8Array, number]>([
    ['plain ASCII', new TextEncoder().encode('{"a": 1}'), -1],
    ['Polish letters in UTF-8', new TextEncoder().encode('Poznań, Łódź'), -1],
    ['an emoji (4 bytes)', new TextEncoder().encode('🌻'), -1],
    ['"ń" in Windows-1250', bytes(0x50, 0x6f, 0x7a, 0x6e, 0x61, 0xf1), 5],
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong "/"', bytes(0xc0, 0xaf), 0],
    ['a sequence cut short', bytes(0x41, 0xe2, 0x82), 1],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
  ])('%s', (_, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });
});

describe('decode', () => {
  it('drops a UTF-8 byte order mark', () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d))).toEqual({ ok: true, text: '{}' });
  });

  it.each<[string, Uint8Array, string]>([
    ['UTF-16 LE', bytes(0xff, 0xfe, 0x7b, 0x00), 'plik jest zapisany w UTF-16 LE'],
    ['UTF-16 BE', bytes(0xfe, 0xff, 0x00, 0x7b), 'plik jest zapisany w UTF-16 BE'],
    ['UTF-32 LE', bytes(0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0), 'plik jest zapisany w UTF-32 LE'],
    ['UTF-32 BE', bytes(0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x7b), 'plik jest zapisany w UTF-32 BE'],
    ['Windows-1250', bytes(0x7b, 0x0a, 0x22, 0xb3, 0x22), '(bajt 0xB3 na pozycji 3)'],
    ['a stray 0xFF', bytes(0x7b, 0x22, 0x61, 0x22, 0x3a, 0xff), '(bajt 0xFF na pozycji 5)'],
    ['a bad byte after a BOM', bytes(0xef, 0xbb, 0xbf, 0x7b, 0xc0), '(bajt 0xC0 na pozycji 4)'],
  ])('refuses %s, saying what it found', (_, input, found) => {
    const result = decode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.pl).toContain(found);
  });

  it('says what went wrong when decoding fails for another reason than a bad byte', () => {
    const decodeSpy = vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    try {
      expect(decode(bytes(0x7b, 0x7d))).toEqual({
        ok: false,
        byteOffset: 0,
        message: {
          pl: 'nie udało się odczytać pliku jako tekstu UTF-8: RangeError: Invalid string length',
          en: 'the file could not be read as UTF-8 text: RangeError: Invalid string length',
        },
      });
    } finally {
      decodeSpy.mockRestore();
    }
  });
});

describe('positions', () => {
  it.each<[number, { line: number; column: number }]>([
    [0, { line: 1, column: 1 }],
    [3, { line: 1, column: 4 }],
    [4, { line: 2, column: 1 }],
    [10, { line: 3, column: 2 }],
  ])('offset %i', (offset, expected) => {
    expect(new Positions('abc\ndefg\nhi').at(offset)).toEqual(expected);
  });

  it('counts lines in raw bytes for encoding errors', () => {
    expect(bytePosition(bytes(0x61, 0x0a, 0x62, 0x63, 0xb3), 4)).toEqual({ line: 2, column: 3 });
  });
});
