import { describe, expect, it } from 'vitest';
import { findDuplicateKeys, type DuplicateKey } from './duplicate-keys';

describe('findDuplicateKeys', () => {
  it.each<[string, string, DuplicateKey[]]>([
    ['no object', '[1, "a", true]', []],
    ['distinct keys', '{"a": 1, "b": {"a": 2}}', []],
    [
      'a key twice at the top',
      '{"visits": [], "hub": {}, "visits": [1]}',
      [{ path: [], key: 'visits' }],
    ],
    [
      'a key twice in a list item',
      '{"cities": [{"id": "a"}, {"id": "b", "name": 1, "name": 2}]}',
      [{ path: ['cities', 1], key: 'name' }],
    ],
    ['the same key in sibling objects', '[{"a": 1}, {"a": 2}]', []],
    [
      'a key twice in a nested list',
      '{"a": [[1, 2], [{"x": 1, "x": 2}]]}',
      [{ path: ['a', 1, 0], key: 'x' }],
    ],
    ['a value that looks like a key', '{"a": "b", "c": ["a:", "\\"a\\":"]}', []],
    ['escaped quotes in a key', '{"a\\"": 1, "a\\"": 2}', [{ path: [], key: 'a"' }]],
    [
      'a key spelt once plainly and once escaped',
      '{"ab": 1, "a\\u0062": 2}',
      [{ path: [], key: 'ab' }],
    ],
    ['a string ending in an escaped backslash', '{"a": "x\\\\", "a": 1}', [{ path: [], key: 'a' }]],
    ['white space before the colon', '{"a"\n  : 1, "a" : 2}', [{ path: [], key: 'a' }]],
    [
      'three times',
      '{"a": 1, "a": 2, "a": 3}',
      [
        { path: [], key: 'a' },
        { path: [], key: 'a' },
      ],
    ],
    ['"__proto__" twice', '{"__proto__": 1, "__proto__": 2}', [{ path: [], key: '__proto__' }]],
  ])('%s', (_, text, expected) => {
    JSON.parse(text); // The finder is only ever given valid JSON.
    expect(findDuplicateKeys(text)).toEqual(expected);
  });

  it('stops at the limit', () => {
    const text = `{${Array.from({ length: 10 }, () => '"a": 1').join(', ')}}`;
    expect(findDuplicateKeys(text, 3)).toHaveLength(3);
  });
});
