import { describe, expect, it } from 'vitest';
import type { Problem } from '../../data/validation/problem';
import { problemsAt } from './problems-at';

const problem = (path: Problem['path'], pl: string): Problem => ({
  severity: 'error',
  path,
  message: { pl, en: pl },
});

const problems = [
  problem(['hub', 'lat'], 'a'),
  problem(['hub'], 'b'),
  problem(['hub', 'lat'], 'c'),
  problem(['cities', 0, 'name', 'pl'], 'd'),
];

describe('problemsAt', () => {
  it.each<[Problem['path'], string[]]>([
    [
      ['hub', 'lat'],
      ['a', 'c'],
    ],
    [['hub'], ['b']],
    [['cities', 0, 'name', 'pl'], ['d']],
    [['cities', '0', 'name', 'pl'], ['d']],
    [['hub', 'lng'], []],
    [[], []],
  ])('%j has %j', (path, expected) => {
    expect(problemsAt(problems, path).map((found) => found.message.pl)).toEqual(expected);
  });
});
