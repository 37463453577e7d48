import { describe, expect, it } from 'vitest';
import {
  DIRECTIONS,
  isId,
  LISTS,
  MAX_ID_LENGTH,
  RELATIONS,
  SIDES,
  TOP_LEVEL_KEYS,
} from './contract-constants';
import { citySchema, cooperationSchema, participantSchema, visitSchema } from './schema';

describe('the contract constants', () => {
  it('are the options of the schema', () => {
    expect(DIRECTIONS).toEqual(visitSchema.shape.direction.options);
    expect(RELATIONS).toEqual(citySchema.shape.relation.options);
    expect(SIDES).toEqual(participantSchema.shape.side.options);
  });

  it('list the top-level keys of the data file, the lists last', () => {
    expect([...TOP_LEVEL_KEYS]).toEqual(Object.keys(cooperationSchema.shape));
    expect(TOP_LEVEL_KEYS.slice(-LISTS.length)).toEqual(LISTS);
  });
});

describe('isId', () => {
  it.each<[string, string, boolean]>([
    ['a word', 'kyiv', true],
    ['words and digits joined by hyphens', 'visit-2019-3', true],
    ['a single digit', '7', true],
    [`${MAX_ID_LENGTH} characters`, 'a'.repeat(MAX_ID_LENGTH), true],
    [`${MAX_ID_LENGTH + 1} characters`, 'a'.repeat(MAX_ID_LENGTH + 1), false],
    ['nothing', '', false],
    ['a capital letter', 'Kyiv', false],
    ['a Polish letter', 'poznań', false],
    ['a doubled hyphen', 'a--b', false],
    ['a leading hyphen', '-a', false],
    ['a trailing hyphen', 'a-', false],
    ['a space', 'a b', false],
    ['an underscore', 'a_b', false],
  ])('%s', (_, value, expected) => {
    expect(isId(value)).toBe(expected);
  });
});
