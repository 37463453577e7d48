import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../src/data/validation/country-codes.ts';
import { COUNTRY_NAMES } from '../../src/i18n/country-names.ts';
import {
  buildCountryNames,
  countryNameTable,
  NAME_OVERRIDES,
  type NameOf,
} from './country-names.ts';

const fake: NameOf = (language, code) =>
  ({ DE: { pl: 'Niemcy', en: 'Germany' }, PS: { pl: 'Terytoria', en: 'Territories' } })[code]?.[
    language
  ];

describe('countryNameTable', () => {
  it.each([
    ['a runtime name', 'DE', 'pl', 'Niemcy'],
    ['a runtime name in English', 'DE', 'en', 'Germany'],
    ['an override before the runtime name', 'PS', 'pl', 'Palestyna'],
    ['an override in English', 'PS', 'en', 'Palestine'],
    ['an override the runtime does not know', 'HK', 'en', 'Hong Kong'],
  ])('%s: %s in %s is %s', (_, code, language, name) => {
    const table = countryNameTable([code], fake);
    expect(table[language as 'pl' | 'en'][code]).toBe(name);
  });

  it.each([
    ['no name at all', () => undefined],
    ['the code itself as its name', (_: string, code: string) => code],
  ])('fails on %s', (_, nameOf) => {
    expect(() => countryNameTable(['QQ'], nameOf)).toThrow('No pl name for the country code QQ');
  });

  it('lists the codes in order', () => {
    expect(Object.keys(countryNameTable(['PS', 'DE'], fake).en)).toEqual(['DE', 'PS']);
  });

  it('writes the module the app imports', () => {
    const source = buildCountryNames((language, code) => `${code}-${language}`);
    expect(source).toContain('export const COUNTRY_NAMES');
    expect(source).toContain('    DE: "DE-pl",');
    expect(source).toContain('    PS: "Palestine",');
  });
});

describe('src/i18n/country-names.ts (run `npm run data:country-names` to write it again)', () => {
  it.each(['pl', 'en'] as const)('names every country code the data accepts in %s', (language) => {
    expect(Object.keys(COUNTRY_NAMES[language]).sort()).toEqual([...COUNTRY_CODES].sort());
    for (const [code, name] of Object.entries(COUNTRY_NAMES[language])) {
      expect(name.trim(), code).not.toBe('');
      expect(name, code).not.toBe(code);
    }
  });

  it.each(['pl', 'en'] as const)('keeps the overrides in %s', (language) => {
    for (const [code, name] of Object.entries(NAME_OVERRIDES[language])) {
      expect(COUNTRY_NAMES[language][code]).toBe(name);
    }
  });
});
