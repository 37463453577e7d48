import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setAt } from '../working-copy/json-path';
import { checkDraft, errorsFirst } from './check-draft';
import type { Problem } from '../../data/validation/problem';

const deployed = JSON.parse(
  readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('checkDraft', () => {
  it('finds nothing wrong with the deployed file', () => {
    expect(checkDraft(deployed)).toEqual([]);
  });

  it.each<[string, (string | number)[], unknown, string]>([
    ['a leading space', ['hub', 'name', 'pl'], ' Poznań', 'error'],
    ['a latitude out of range', ['hub', 'lat'], 95, 'error'],
    ['a latitude typed as text', ['hub', 'lat'], '52,4', 'error'],
  ])('says where %s is', (_, path, value, severity) => {
    const problems = checkDraft(setAt(deployed, path, value));
    expect(problems.map((problem) => [problem.path, problem.severity])).toContainEqual([
      path,
      severity,
    ]);
    expect(problems.every((problem) => problem.message.pl && problem.message.en)).toBe(true);
  });

  it('makes a year in the future an error, as the command line does', () => {
    const visits = deployed.visits as Record<string, unknown>[];
    const draft = setAt(deployed, ['visits', 0, 'year'], 2031);
    const problems = checkDraft(draft, 2026).filter(
      (problem) => problem.path.join('.') === 'visits.0.year',
    );
    expect(visits.length).toBeGreaterThan(0);
    expect(problems.map((problem) => problem.severity)).toEqual(['error']);
  });

  it('reads a top level that is not an object without throwing', () => {
    expect(checkDraft([])[0]?.severity).toBe('error');
  });
});

describe('errorsFirst', () => {
  const problem = (severity: Problem['severity'], pl: string): Problem => ({
    severity,
    path: [],
    message: { pl, en: pl },
  });

  it('puts errors before warnings and keeps the order within each', () => {
    const sorted = errorsFirst([
      problem('warning', 'w1'),
      problem('error', 'e1'),
      problem('warning', 'w2'),
      problem('error', 'e2'),
    ]);
    expect(sorted.map((entry) => entry.message.pl)).toEqual(['e1', 'e2', 'w1', 'w2']);
  });
});
