import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';

describe('countryName', () => {
  it.each([
    ['pl', 'DE', 'Niemcy'],
    ['en', 'DE', 'Germany'],
    ['pl', 'PS', 'Palestyna'],
    ['en', 'XK', 'Kosovo'],
    ['en', 'EU', 'EU'],
    ['en', 'constructor', 'constructor'],
    ['pl', '__proto__', '__proto__'],
  ] as const)('in %s names %s %s', (language, code, name) => {
    expect(createI18n(language).countryName(code)).toBe(name);
  });
});
