import { describe, expect, it } from 'vitest';
import { parseViewState, sanitizeViewState, serializeViewState, type ViewState } from './url-state';

describe('parseViewState', () => {
  it.each<[string, ViewState]>([
    ['', { city: null, themes: [], language: 'pl' }],
    ['?city=kyiv', { city: 'kyiv', themes: [], language: 'pl' }],
    ['?city=Kyiv&lang=EN', { city: 'kyiv', themes: [], language: 'en' }],
    ['?themes=sport,heritage', { city: null, themes: ['sport', 'heritage'], language: 'pl' }],
    [
      '?themes=sport,,sport, heritage ',
      { city: null, themes: ['sport', 'heritage'], language: 'pl' },
    ],
    ['?lang=de', { city: null, themes: [], language: 'pl' }],
    ['?city=%3Cscript%3E', { city: null, themes: [], language: 'pl' }],
    ['?city=a%20b&themes=%22x%22,open-data', { city: null, themes: ['open-data'], language: 'pl' }],
    ['?city=' + 'a'.repeat(500), { city: null, themes: [], language: 'pl' }],
    ['?city=kyiv&city=minsk', { city: 'kyiv', themes: [], language: 'pl' }],
    ['?%E0%A4%A=1&lang=en', { city: null, themes: [], language: 'en' }],
  ])('%s', (search, expected) => {
    expect(parseViewState(search)).toEqual(expected);
  });
});

describe('serializeViewState', () => {
  it.each<[ViewState, string, string]>([
    [{ city: null, themes: [], language: 'pl' }, '', ''],
    [{ city: 'kyiv', themes: [], language: 'pl' }, '', '?city=kyiv'],
    [
      { city: 'kyiv', themes: ['sport', 'heritage'], language: 'en' },
      '',
      '?city=kyiv&themes=sport,heritage&lang=en',
    ],
    [{ city: null, themes: [], language: 'en' }, '?embed=1&city=x', '?embed=1&lang=en'],
  ])('%j from %s', (view, current, expected) => {
    expect(serializeViewState(view, current)).toBe(expected);
  });

  it('round-trips through parse', () => {
    const view: ViewState = { city: 'takasaki', themes: ['sport'], language: 'en' };
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });
});

describe('sanitizeViewState', () => {
  const known = { cityIds: new Set(['kyiv']), themeIds: new Set(['sport']) };
  it.each<[ViewState, ViewState]>([
    [
      { city: 'kyiv', themes: ['sport'], language: 'en' },
      { city: 'kyiv', themes: ['sport'], language: 'en' },
    ],
    [
      { city: 'kiev', themes: ['sport', 'chess'], language: 'pl' },
      { city: null, themes: ['sport'], language: 'pl' },
    ],
  ])('%j', (view, expected) => {
    expect(sanitizeViewState(view, known)).toEqual(expected);
  });
});
