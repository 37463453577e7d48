import { describe, expect, it } from 'vitest';
import { MAX_ID_LENGTH } from '../contract-constants';
import { editDistance, suggest, Suggester } from './suggestions';

describe('editDistance', () => {
  it.each<[string, string, number]>([
    ['kiev', 'kyiv', 2],
    ['title', 'tittle', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});

describe('suggest', () => {
  const cities = ['kyiv', 'kharkiv', 'berlin', 'lodz', 'minsk', 'nottinghamshire'];
  it.each<[string, readonly string[], string | undefined]>([
    ['kiev', cities, 'kyiv'],
    ['tittle', ['id', 'title', 'summary'], 'title'],
    ['Berlin', cities, 'berlin'],
    ['łódź', cities, 'lodz'],
    ['nottingamshire', cities, 'nottinghamshire'],
    ['partnr', ['partner', 'informal'], 'partner'],
    ['paris', cities, undefined],
    ['x', ['id', 'year'], undefined],
  ])('%s → %s', (value, known, expected) => {
    expect(suggest(value, known)).toBe(expected);
  });
});

describe('suggest with very long values', () => {
  const long = (letter: string, length: number) => letter.repeat(length);
  it.each<[string, string, readonly string[], string | undefined]>([
    [
      'two 5,000-character ids one letter apart',
      `${long('a', 4999)}b`,
      [`${long('a', 4999)}c`],
      undefined,
    ],
    [
      'a short typo among 5,000-character ids',
      'kiev',
      [long('k', 5000), 'kyiv', long('v', 5000)],
      'kyiv',
    ],
    ['a 5,000-character typo of a short id', `kyiv${long('x', 4996)}`, ['kyiv'], undefined],
    [
      'ids of the longest allowed length',
      `${long('a', MAX_ID_LENGTH - 1)}b`,
      [long('a', MAX_ID_LENGTH)],
      long('a', MAX_ID_LENGTH),
    ],
    [
      'one letter past the longest',
      `${long('a', MAX_ID_LENGTH)}b`,
      [`${long('a', MAX_ID_LENGTH)}c`],
      undefined,
    ],
  ])('%s', (_, value, known, expected) => {
    expect(suggest(value, known)).toBe(expected);
  });

  it('answers for a thousand 5,000-character ids against a thousand others', () => {
    const known = Array.from({ length: 1000 }, (_, index) => `${long('a', 4996)}${1000 + index}`);
    const suggester = new Suggester(known);
    const answers = known.map((id) => suggester.suggest(`${id}x`));
    expect(new Set(answers)).toEqual(new Set([undefined]));
  });
});
