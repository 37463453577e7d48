import { describe, expect, it } from 'vitest';
import { splitOriginal } from './name-text';

describe('splitOriginal', () => {
  it.each<[string, { head: string; original: string } | null]>([
    [
      'Archaeological Museum in Poznań (Muzeum Archeologiczne w Poznaniu)',
      { head: 'Archaeological Museum in Poznań', original: 'Muzeum Archeologiczne w Poznaniu' },
    ],
    [
      '11th General Secondary School (XI LO)',
      { head: '11th General Secondary School', original: 'XI LO' },
    ],
    ['Delegation from Hamburg', null],
    ['(only brackets)', null],
    ['Text (with (nested) brackets)', null],
  ])('%s', (input, expected) => {
    expect(splitOriginal(input)).toEqual(expected);
  });
});
