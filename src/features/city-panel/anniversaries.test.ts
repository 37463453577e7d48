import { describe, expect, it } from 'vitest';
import { roundAnniversaries, signedYear } from './anniversaries';

describe('roundAnniversaries', () => {
  it.each<[string, number, number[], [number, number][]]>([
    ['Hanover, 1979, in 2019: 40 years', 1979, [2019], [[40, 2019]]],
    ['Brno, 1966, in 2019: 53 years, not round', 1966, [2019], []],
    ['Nottinghamshire, 1994: 25 years', 1994, [2019], [[25, 2019]]],
    ['Kutaisi, 2009: 10 years', 2009, [2019], [[10, 2019]]],
    ['a fifth year counts', 2014, [2019], [[5, 2019]]],
    ['the year signed is no anniversary', 2019, [2019], []],
    ['a year before the agreement is none', 2024, [2019], []],
    [
      'several visit years, repeated and unsorted',
      1979,
      [2024, 2019, 2019, 2020],
      [
        [40, 2019],
        [45, 2024],
      ],
    ],
    ['no visit years', 1979, [], []],
  ])('%s', (_, signed, years, expected) => {
    expect(roundAnniversaries(signed, years).map((found) => [found.years, found.inYear])).toEqual(
      expected,
    );
  });
});

describe('signedYear', () => {
  it.each<[number | undefined, string | undefined, number | undefined]>([
    [1992, '1992-10-22', 1992],
    [1998, undefined, 1998],
    [undefined, undefined, undefined],
  ])('partnerSince %s and signed %s give %s', (since, signed, expected) => {
    expect(signedYear(since, signed)).toBe(expected);
  });
});
