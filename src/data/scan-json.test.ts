import { describe, expect, it } from 'vitest';
import { mayRepeatKeys, scanJson, type DuplicateKey } from './scan-json';

/** The keys written twice, where they are (offsets are tested on their own below). */
const duplicateKeys = (text: string, maxDuplicateKeys?: number) =>
  scanJson(text, { maxDuplicateKeys }).duplicateKeys.map(({ path, key }) => ({ path, key }));

describe('scanJson: keys written twice', () => {
  it.each<[string, string, Omit<DuplicateKey, 'offset'>[]]>([
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
    JSON.parse(text); // The scan is only ever given valid JSON.
    expect(duplicateKeys(text)).toEqual(expected);
  });

  it('keeps the first ones up to the limit and counts them all', () => {
    const text = `{${Array.from({ length: 10 }, () => '"a": 1').join(', ')}}`;
    expect(duplicateKeys(text, 3)).toHaveLength(3);
    expect(scanJson(text, { maxDuplicateKeys: 3 }).duplicateKeyCount).toBe(9);
  });

  it.each<[string, string, number[]]>([
    ['at the top', '{"a": 1, "a": 2}', [9]],
    ['after white space and a new line', '{\n  "a": 1,\n  "a": 2\n}', [14]],
    ['three times', '{"a":1,"a":2,"a":3}', [7, 13]],
  ])('points at the quote of the second key: %s', (_, text, offsets) => {
    expect(scanJson(text).duplicateKeys.map((found) => found.offset)).toEqual(offsets);
  });
});

describe('scanJson: nesting', () => {
  const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

  it.each<[string, string, number, number | undefined]>([
    ['as deep as allowed', nested(3), 3, undefined],
    ['one level deeper', nested(4), 3, 3],
    ['objects and lists', '{"a": [{"b": [1]}]}', 3, 13],
    ['brackets inside strings', '["[[[[", "{{{{"]', 1, undefined],
    ['no limit', nested(1000), Infinity, undefined],
  ])('%s', (_, text, maxDepth, tooDeepAt) => {
    JSON.parse(text);
    expect(scanJson(text, { maxDepth }).tooDeepAt).toBe(tooDeepAt);
  });
});

describe('mayRepeatKeys: the quick test before the scan', () => {
  it.each<[string, string, boolean]>([
    ['no object', '[1, "a", true]', false],
    ['distinct keys, nested', '{"a": 1, "b": {"a": 2, "c": [{"a": null}]}}', false],
    ['a key twice', '{"a": 1, "a": 2}', true],
    ['a key twice deep in a list', '{"a": [[1], [{"x": 1, "y": {"x": 2, "x": 3}}]]}', true],
    ['white space before the colon', '{"a"\n  : 1, "a" : 2}', true],
    ['escaped quotes in a key', '{"a\\"": 1, "a\\"": 2}', true],
    ['a key spelt once plainly and once escaped', '{"ab": 1, "a\\u0062": 2}', true],
    ['"__proto__" once', '{"__proto__": {"a": 1}}', false],
    ['"__proto__" twice', '{"__proto__": 1, "__proto__": 2}', true],
    ['colons in values', '{"a": "10:30", "b": "x: y", "c": "a\\": b"}', false],
    ['a key ending in an escaped backslash', '{"a\\\\": "x\\\\", "b": "c:d"}', false],
    // A value that starts with a colon looks like a key to the quick test: the scan decides.
    ['a value starting with a colon', '{"a": ":)"}', true],
  ])('%s', (_, text, expected) => {
    expect(mayRepeatKeys(text, JSON.parse(text))).toBe(expected);
  });

  it('never misses what the scan finds', () => {
    const texts = [
      '{"a": {"b": 1, "c": 2, "b": 3}}',
      '[{"a": 1}, {"b": 2, "b": 3}]',
      '{"x": ":", "x": 1}',
      '{"a": "\\"", "a": 1}',
    ];
    for (const text of texts) {
      expect(scanJson(text).duplicateKeyCount).toBeGreaterThan(0);
      expect(mayRepeatKeys(text, JSON.parse(text))).toBe(true);
    }
  });

  it('reads any depth', () => {
    const text = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    expect(mayRepeatKeys(text, JSON.parse(text))).toBe(false);
  });
});
