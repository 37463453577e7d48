import { describe, expect, it } from 'vitest';
import type { DataPath } from '../../data/validation/problem';
import { fieldFor, fieldId, problemsId } from './field-id';

describe('fieldId', () => {
  it.each<[DataPath, string]>([
    [['cities', 3, 'name', 'pl'], 'f-cities-3-name-pl'],
    [['hub', 'lat'], 'f-hub-lat'],
    [[], 'f'],
    [['name.pl'], 'f-name_2e_pl'],
    [['a_b'], 'f-a_5f_b'],
    [['a b"<x>'], 'f-a_20_b_22__3c_x_3e_'],
    [['ż'], 'f-_17c_'],
  ])('%j → %s', (path, id) => {
    expect(fieldId(path)).toBe(id);
  });

  it('keeps paths apart that a plain join would merge', () => {
    expect(fieldId(['a-b'])).not.toBe(fieldId(['a', 'b']));
    expect(fieldId(['a_2d_b'])).not.toBe(fieldId(['a-b']));
    expect(fieldId([1])).toBe(fieldId(['1']));
  });

  it('names the problems beside the field', () => {
    expect(problemsId(['hub', 'lat'])).toBe('f-hub-lat-problems');
  });
});

describe('fieldFor', () => {
  const elements = new Map<string, HTMLElement>([
    ['f-hub-name-pl', { id: 'pl' } as HTMLElement],
    ['f-hub', { id: 'hub' } as HTMLElement],
  ]);
  const find = (id: string) => elements.get(id) ?? null;

  it.each<[DataPath, string | null]>([
    [['hub', 'name', 'pl'], 'pl'],
    [['hub', 'name', 'en'], 'hub'],
    [['hub', 'unknownKey'], 'hub'],
    [['cities', 0], null],
  ])('%j → %s', (path, expected) => {
    expect(fieldFor(path, find)?.id ?? null).toBe(expected);
  });
});
