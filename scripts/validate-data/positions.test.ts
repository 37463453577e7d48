import { describe, expect, it } from 'vitest';
import { bytePosition, Positions } from './positions.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

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
