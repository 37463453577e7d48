import { describe, expect, it } from 'vitest';
import { NUMBERS_TO_CHECK } from '../testing/numbers-to-check';
import { formatNumber } from './format-number';

describe.each(['pl', 'en'] as const)('formatNumber in %s: as Intl.NumberFormat', (language) => {
  const format = new Intl.NumberFormat(language);

  it('writes every number to check as Intl does', () => {
    const written = NUMBERS_TO_CHECK.map((value) => [value, formatNumber(language, value)]);
    expect(written).toEqual(NUMBERS_TO_CHECK.map((value) => [value, format.format(value)]));
  });
});

it('writes Polish thousands from five digits on, with a no-break space', () => {
  expect(formatNumber('pl', 1234)).toBe('1234');
  expect(formatNumber('pl', 12345)).toBe('12\u00a0345');
  expect(formatNumber('en', 1234)).toBe('1,234');
});
