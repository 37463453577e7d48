import { describe, expect, it } from 'vitest';
import { toggled } from './toggled';

describe('toggled', () => {
  it.each<[unknown[], string, boolean, unknown[]]>([
    [['a', 'b'], 'c', true, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 'b', false, ['a', 'c']],
    [['a'], 'a', true, ['a']],
    [[], 'a', false, []],
    [['a', 'a'], 'a', false, []],
    [[1, 'a'], 'b', true, [1, 'a', 'b']],
  ])('%j with %s checked=%s → %j', (values, value, checked, expected) => {
    expect(toggled(values, value, checked)).toEqual(expected);
  });
});
