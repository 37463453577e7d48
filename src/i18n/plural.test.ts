import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import { NUMBERS_TO_CHECK } from '../testing/numbers-to-check';
import { countNoun, pluralCategory } from './plural';

describe('countNoun', () => {
  it.each([
    ['pl', 0, '0 wizyt'],
    ['pl', 1, '1 wizyta'],
    ['pl', 2, '2 wizyty'],
    ['pl', 4, '4 wizyty'],
    ['pl', 5, '5 wizyt'],
    ['pl', 12, '12 wizyt'],
    ['pl', 14, '14 wizyt'],
    ['pl', 21, '21 wizyt'],
    ['pl', 22, '22 wizyty'],
    ['pl', 112, '112 wizyt'],
    ['en', 0, '0 visits'],
    ['en', 1, '1 visit'],
    ['en', 2, '2 visits'],
    ['en', 22, '22 visits'],
  ] as const)('%s: %i -> %s', (language, count, expected) => {
    expect(countNoun(language, count, messages[language].nouns.visit)).toBe(expected);
  });

  it.each([
    ['pl', 1, '1 miasto'],
    ['pl', 3, '3 miasta'],
    ['pl', 22, '22 miasta'],
    ['pl', 25, '25 miast'],
    ['en', 1, '1 city'],
    ['en', 22, '22 cities'],
  ] as const)('cities %s: %i -> %s', (language, count, expected) => {
    expect(countNoun(language, count, messages[language].nouns.city)).toBe(expected);
  });
});

describe.each(['pl', 'en'] as const)('pluralCategory in %s: as Intl.PluralRules', (language) => {
  const rules = new Intl.PluralRules(language);

  it('gives every number to check the category Intl gives', () => {
    const categories = NUMBERS_TO_CHECK.map((count) => [count, pluralCategory(language, count)]);
    expect(categories).toEqual(NUMBERS_TO_CHECK.map((count) => [count, rules.select(count)]));
  });
});
