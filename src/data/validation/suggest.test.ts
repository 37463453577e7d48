import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest';

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
