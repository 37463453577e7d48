import { describe, expect, it } from 'vitest';
import { expandedObjects, pathKey } from './original-layout';

describe('expandedObjects', () => {
  it.each<[string, string, (string | number)[][]]>([
    ['one line', '{ "a": { "b": 1 } }', []],
    ['the top broken', '{\n  "a": { "b": 1 }\n}', [[]]],
    ['a nested object broken', '{ "a": [1, {\n "b": {} }] }', [['a', 1]]],
    ['an empty object over two lines', '{ "a": {\n} }', []],
    [
      'a key with a brace and quotes in it',
      '{ "x{\\"": {\n"y": 1}, "z": {\n"w": 2} }',
      [['x{"'], ['z']],
    ],
    ['a second entry of a list', '[{ "a": 1 }, {\n"b": 2}]', [[1]]],
  ])('%s', (_, text, paths) => {
    expect([...expandedObjects(text)].sort()).toEqual(paths.map(pathKey).sort());
  });
});
