import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readCooperation } from '../../src/data/read-cooperation.ts';
import { validateFile } from './validate-file.ts';

const text = readFileSync(
  new URL('../../e2e/fixtures/cooperation-2019.json', import.meta.url),
  'utf8',
);
const encode = (value: string) => new TextEncoder().encode(value);
const run = (value: string) => validateFile(encode(value), 'f.json', { currentYear: 2026 });

describe('validateFile', () => {
  it('refuses absurd nesting with a message, not a stack overflow (in the app too)', async () => {
    const deep = text.replace(
      '"relation": "informal"',
      `"relation": ${'['.repeat(5000)}${']'.repeat(5000)}`,
    );
    const report = run(deep);
    expect(report.lines).toEqual([
      expect.stringMatching(
        /^f\.json:\d+:\d+ {2}\(plik \/ file\) {2}dane są zagnieżdżone głębiej niż 64 poziomów/,
      ),
    ]);
    const loaded = await readCooperation(encode(deep), { currentYear: 2026 });
    expect(loaded.skipped).toBe(2); // Berlin and its visit
  });

  it('points at the copy of a key that counts (the last), like JSON.parse', () => {
    const twice = text.replace('"lat": 52.52,', '"lat": 52.52, "lat": 200,');
    const lines = run(twice).lines;
    const lineOf = (needle: string) => twice.slice(0, twice.indexOf(needle)).split('\n').length;
    const at = twice.indexOf('"lat": 200') + 7;
    const column = at - twice.lastIndexOf('\n', at);
    expect(lines).toContain(
      `f.json:${lineOf('"lat": 200')}:${column}  cities[0].lat  szerokość geograficzna (lat) musi leżeć między -90 a 90, jest 200 (latitude (lat) must lie between -90 and 90, found 200)`,
    );
  });

  it('keeps one problem per line whatever a key holds', () => {
    const forged = text.replace(
      '"relation": "informal"',
      '"relation": "informal", "x\\nf.json:1:1  hub  fake": 1',
    );
    const report = run(forged);
    for (const line of report.lines) {
      expect(line).toMatch(/^f\.json:\d+:\d+ {2}(cities|visits)\[0\]/);
      expect(line).not.toContain('\n');
    }
    expect(report.lines[0]).toContain(
      'cities[0]["x\\nf.json:1:1  hub  fake"]  nieznane pole "x\\nf.json:1:1  hub  fake"',
    );
  });

  it('says a number is too large rather than calling it Infinity', () => {
    const report = run(text.replace('"lat": 52.52,', '"lat": 1e400,'));
    expect(report.lines[0]).toContain(
      'cities[0].lat  oczekiwano liczby, jest liczba zbyt duża do zapisania',
    );
  });
});

describe('validateFile on a file not in UTF-8', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  it.each<[string, Uint8Array, string]>([
    [
      'UTF-16 LE',
      bytes(0xff, 0xfe, 0x7b, 0x00),
      '1:1  (plik / file)  plik jest zapisany w UTF-16 LE',
    ],
    [
      'UTF-16 BE',
      bytes(0xfe, 0xff, 0x00, 0x7b),
      '1:1  (plik / file)  plik jest zapisany w UTF-16 BE',
    ],
    ['UTF-32 LE', bytes(0xff, 0xfe, 0x00, 0x00, 0x7b, 0, 0, 0), 'plik jest zapisany w UTF-32 LE'],
    ['UTF-32 BE', bytes(0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x7b), 'plik jest zapisany w UTF-32 BE'],
    [
      'Windows-1250',
      bytes(0x7b, 0x0a, 0x22, 0xb3, 0x22),
      '2:2  (plik / file)  plik nie jest zapisany w UTF-8 (bajt 0xB3 na pozycji 3)',
    ],
    ['a stray 0xFF', bytes(0x7b, 0x22, 0x61, 0x22, 0x3a, 0xff), '(bajt 0xFF na pozycji 5)'],
    [
      'a bad byte after a BOM',
      bytes(0xef, 0xbb, 0xbf, 0x7b, 0xc0),
      '1:5  (plik / file)  plik nie jest zapisany w UTF-8 (bajt 0xC0 na pozycji 4)',
    ],
  ])('refuses %s, saying what it found', (_, input, found) => {
    const report = validateFile(input, 'f.json');
    expect(report.errors).toBe(1);
    expect(report.lines).toEqual([expect.stringContaining(found)]);
  });

  it('says what went wrong when decoding fails for another reason than a bad byte', () => {
    const decodeSpy = vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    try {
      expect(validateFile(encode('{}'), 'f.json').lines).toEqual([
        'f.json:1:1  (plik / file)  nie udało się odczytać pliku jako tekstu UTF-8: RangeError: Invalid string length (the file could not be read as UTF-8 text: RangeError: Invalid string length)',
      ]);
    } finally {
      decodeSpy.mockRestore();
    }
  });
});

describe('validateFile on a file with many problems', () => {
  it('lists the first ones in file order, counts the rest, and holds no full list', () => {
    const data = JSON.parse(text) as { visits: Record<string, unknown>[] };
    data.visits.forEach((visit, index) => (visit.direction = `wrong-${index}`));
    const report = validateFile(encode(JSON.stringify(data, null, 2)), 'f.json', {}, 3);
    expect(report.lines).toHaveLength(3);
    expect(report.lines[0]).toContain('visits[0].direction  niedozwolona wartość "wrong-0"');
    expect(report.lines[2]).toContain('visits[2].direction');
    expect(report.unlisted).toBe(data.visits.length - 3);
    expect(report.errors).toBe(data.visits.length);
    expect(report.result?.problems).toEqual([]);
  });
});
