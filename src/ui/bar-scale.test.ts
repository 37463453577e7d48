import { describe, expect, it } from 'vitest';
import { barPercents } from './bar-scale';

describe('barPercents', () => {
  it.each<[number[], number[]]>([
    [[], []],
    [[0], [0]],
    [
      [0, 0, 0],
      [0, 0, 0],
    ],
    [[5], [100]],
    [
      [1, 2, 4],
      [25, 50, 100],
    ],
    [
      [3, 0, 1],
      [100, 0, 33.3],
    ],
    [
      [2, 3],
      [66.7, 100],
    ],
    [
      [1, 1000],
      [0.1, 100],
    ],
    [
      [0.5, 1],
      [50, 100],
    ],
  ])('%j → %j', (values, expected) => {
    expect(barPercents(values)).toEqual(expected);
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('rejects %f', (bad) => {
    expect(() => barPercents([1, bad])).toThrow(`not ${bad}`);
  });
});
