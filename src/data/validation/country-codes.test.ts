import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryCodeFor, isCountryCode } from './country-codes';

describe('country codes', () => {
  it('are exactly the ISO 3166-1 alpha-2 codes known to i18n-iso-countries', () => {
    expect([...COUNTRY_CODES].sort()).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
  });

  it.each<[string, boolean, string | undefined]>([
    ['PL', true, 'PL'],
    ['UA', true, 'UA'],
    ['XK', true, 'XK'],
    ['UK', false, 'GB'],
    ['EL', false, 'GR'],
    ['EU', false, undefined],
    ['ZZ', false, undefined],
    ['de', false, 'DE'],
  ])('%s', (code, known, meant) => {
    expect(isCountryCode(code)).toBe(known);
    expect(countryCodeFor(code)).toBe(meant);
  });
});
