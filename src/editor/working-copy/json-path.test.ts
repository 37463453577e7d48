import { describe, expect, it } from 'vitest';
import type { DataPath } from '../../data/validation/problem';
import { getAt, insertAt, removeAt, setAt } from './json-path';

const file = () => ({
  hub: { id: 'poznan', name: { pl: 'Poznań', en: 'Poznań' }, lat: 52.4 },
  cities: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
});

/** Text the way the download writes it: key order shows. */
const text = (value: unknown) => JSON.stringify(value);

describe('getAt', () => {
  it.each<[string, unknown, DataPath, unknown]>([
    ['a nested value', file(), ['hub', 'name', 'pl'], 'Poznań'],
    ['an array item', file(), ['cities', 1, 'id'], 'b'],
    ['nothing past the end of an array', file(), ['cities', 3], undefined],
    ['nothing under a missing key', file(), ['visits', 0, 'id'], undefined],
    ['nothing under a string', file(), ['hub', 'id', 'x'], undefined],
    ['the root for an empty path', 5, [], 5],
    ['no prototype for "__proto__"', {}, ['__proto__'], undefined],
    ['no prototype for "constructor"', {}, ['constructor'], undefined],
    ['an own "__proto__" key', JSON.parse('{"__proto__": 1}'), ['__proto__'], 1],
    ['no array method by name', { list: [1] }, ['list', 'length'], undefined],
  ])('gives %s', (_, root, path, expected) => {
    expect(getAt(root, path)).toEqual(expected);
  });
});

describe('setAt', () => {
  it.each<[string, unknown, DataPath, unknown, string]>([
    ['an existing key in its place', { a: 1, b: 2, c: 3 }, ['b'], 9, '{"a":1,"b":9,"c":3}'],
    ['a new key last', { b: 1, a: 2 }, ['c'], 3, '{"b":1,"a":2,"c":3}'],
    ['missing objects on the way', { a: 1 }, ['x', 'y', 'z'], 1, '{"a":1,"x":{"y":{"z":1}}}'],
    ['a missing array for a number key', {}, ['list', 0, 'id'], 'a', '{"list":[{"id":"a"}]}'],
    ['an object in place of a string', { hub: 'x' }, ['hub', 'id'], 'p', '{"hub":{"id":"p"}}'],
    ['an array item', { l: [1, 2, 3] }, ['l', 1], 9, '{"l":[1,9,3]}'],
    ['an item appended at the length', { l: [1] }, ['l', 1], 2, '{"l":[1,2]}'],
    [
      '"__proto__" as a plain key',
      {},
      ['__proto__', 'polluted'],
      true,
      '{"__proto__":{"polluted":true}}',
    ],
    ['"constructor" as a plain key', { a: 1 }, ['constructor'], 1, '{"a":1,"constructor":1}'],
  ])('sets %s', (_, root, path, value, expected) => {
    expect(text(setAt(root, path, value))).toBe(expected);
  });

  it('leaves the original and the untouched branches as they were', () => {
    const before = file();
    const after = setAt(before, ['cities', 1, 'id'], 'x');
    expect(before.cities[1]).toEqual({ id: 'b' });
    expect(after.cities[0]).toBe(before.cities[0]);
    expect(after.hub).toBe(before.hub);
  });

  it('never touches Object.prototype', () => {
    const after = setAt({}, ['__proto__', 'polluted'], true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
  });

  it.each<[DataPath]>([[[]], [['l', 5]], [['l', -1]], [['l', 0.5]]])(
    'refuses the path %j',
    (path) => {
      expect(() => setAt({ l: [1] }, path, 0)).toThrow(RangeError);
    },
  );
});

describe('removeAt', () => {
  it.each<[string, unknown, DataPath, string]>([
    ['a key, keeping the others in order', { a: 1, b: 2, c: 3 }, ['b'], '{"a":1,"c":3}'],
    ['an array item, spliced out', { l: [1, 2, 3] }, ['l', 0], '{"l":[2,3]}'],
    [
      'a nested key',
      file(),
      ['hub', 'name', 'en'],
      text({ ...file(), hub: { ...file().hub, name: { pl: 'Poznań' } } }),
    ],
    ['nothing when the key is missing', { a: 1 }, ['b', 'c'], '{"a":1}'],
    ['nothing past the end of an array', { l: [1] }, ['l', 3], '{"l":[1]}'],
    ['an own "__proto__" key', JSON.parse('{"a":1,"__proto__":2}'), ['__proto__'], '{"a":1}'],
    ['nothing for an inherited name', { a: 1 }, ['toString'], '{"a":1}'],
  ])('removes %s', (_, root, path, expected) => {
    expect(text(removeAt(root, path))).toBe(expected);
  });

  it('gives back the same object when nothing was there', () => {
    const root = { a: 1 };
    expect(removeAt(root, ['b'])).toBe(root);
  });
});

describe('insertAt', () => {
  it.each<[string, unknown, DataPath, unknown, string]>([
    ['at the start', { l: [1, 2] }, ['l', 0], 0, '{"l":[0,1,2]}'],
    ['in the middle', { l: [1, 3] }, ['l', 1], 2, '{"l":[1,2,3]}'],
    ['at the end (index = length)', { l: [1] }, ['l', 1], 2, '{"l":[1,2]}'],
    ['into a missing list', { a: 1 }, ['l', 0], 1, '{"a":1,"l":[1]}'],
  ])('inserts %s', (_, root, path, value, expected) => {
    expect(text(insertAt(root, path, value))).toBe(expected);
  });

  it.each<[DataPath]>([[['l', 2]], [['l', 'x']], [['l', -1]]])('refuses the path %j', (path) => {
    expect(() => insertAt({ l: [1] }, path, 0)).toThrow(RangeError);
  });
});
