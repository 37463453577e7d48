import { describe, expect, it } from 'vitest';
import {
  EMPTY_VIEW,
  parseViewState,
  sanitizeViewState,
  serializeViewState,
  type ViewState,
} from './url-state';

function view(change: Partial<ViewState>): ViewState {
  return { ...EMPTY_VIEW, ...change };
}

describe('parseViewState', () => {
  it.each<[string, ViewState]>([
    ['', view({})],
    ['?city=kyiv', view({ city: 'kyiv' })],
    ['?city=Kyiv&lang=EN', view({ city: 'kyiv', language: 'en' })],
    ['?themes=sport,heritage', view({ themes: ['sport', 'heritage'] })],
    ['?themes=sport,,sport, heritage ', view({ themes: ['sport', 'heritage'] })],
    ['?lang=de', view({})],
    ['?city=%3Cscript%3E', view({})],
    ['?city=a%20b&themes=%22x%22,open-data', view({ themes: ['open-data'] })],
    ['?city=' + 'a'.repeat(500), view({})],
    ['?city=' + 'a'.repeat(100), view({ city: 'a'.repeat(100) })],
    ['?city=' + 'a'.repeat(101), view({})],
    ['?themes=' + 'a'.repeat(100), view({ themes: ['a'.repeat(100)] })],
    ['?themes=sport,' + 'a'.repeat(101), view({ themes: ['sport'] })],
    ['?city=kyiv&city=minsk', view({ city: 'kyiv' })],
    ['?%E0%A4%A=1&lang=en', view({ language: 'en' })],
    ['?arcs=0', view({ arcs: false })],
    ['?arcs=1', view({})],
    ['?arcs=no', view({})],
    ['?summary=1', view({ summary: true })],
    ['?summary=yes', view({})],
    ['?embed=1&city=kyiv', view({ embedded: true, city: 'kyiv' })],
    ['?embed=0', view({})],
    ['?embed=yes', view({})],
    [
      '?city=kyiv&direction=incoming&relation=partner&country=de&years=2021-2019',
      view({
        city: 'kyiv',
        direction: 'incoming',
        relations: ['partner'],
        countries: ['DE'],
        years: { from: 2019, to: 2021 },
      }),
    ],
  ])('%s', (search, expected) => {
    expect(parseViewState(search)).toEqual(expected);
  });
});

describe('serializeViewState', () => {
  it.each<[ViewState, string, string]>([
    [view({}), '', ''],
    [view({ city: 'kyiv' }), '', '?city=kyiv'],
    [
      view({ city: 'kyiv', themes: ['sport', 'heritage'], language: 'en' }),
      '',
      '?city=kyiv&themes=sport,heritage&lang=en',
    ],
    [view({ language: 'en' }), '?embed=1&city=x', '?embed=1&lang=en'],
    [view({ embedded: true, language: 'en' }), '?embed=1&city=x', '?embed=1&lang=en'],
    [view({ arcs: false, language: 'en' }), '?arcs=0', '?arcs=0&lang=en'],
    [view({ summary: true, themes: ['sport'] }), '', '?themes=sport&summary=1'],
    [
      view({ direction: 'incoming', relations: ['partner'], countries: ['DE'], city: 'kyiv' }),
      '?years=2019&embed=1',
      '?embed=1&city=kyiv&direction=incoming&relation=partner&country=DE',
    ],
  ])('%j from %s', (state, current, expected) => {
    expect(serializeViewState(state, current)).toBe(expected);
  });

  it('round-trips through parse', () => {
    const state = view({
      city: 'takasaki',
      themes: ['sport'],
      direction: 'outgoing',
      countries: ['JP'],
      years: { from: 2018, to: 2019 },
      arcs: false,
      summary: true,
      language: 'en',
    });
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('round-trips an embedded view through the address it came from', () => {
    const state = view({ embedded: true, city: 'takasaki' });
    expect(parseViewState(serializeViewState(state, '?embed=1'))).toEqual(state);
  });
});

describe('sanitizeViewState', () => {
  const known = {
    cityIds: new Set(['kyiv']),
    themeIds: new Set(['sport']),
    countries: new Set(['UA']),
    years: { min: 2015, max: 2019 },
  };
  it.each<[ViewState, ViewState]>([
    [
      view({ city: 'kyiv', themes: ['sport'], language: 'en' }),
      view({ city: 'kyiv', themes: ['sport'], language: 'en' }),
    ],
    [view({ city: 'kiev', themes: ['sport', 'chess'] }), view({ themes: ['sport'] })],
    [view({ embedded: true, arcs: false }), view({ embedded: true, arcs: false })],
    [
      view({ city: 'kyiv', countries: ['UA', 'BY'], years: { from: 2010, to: 2016 } }),
      view({ city: 'kyiv', countries: ['UA'], years: { from: 2015, to: 2016 } }),
    ],
  ])('%j', (state, expected) => {
    expect(sanitizeViewState(state, known)).toEqual(expected);
  });
});
