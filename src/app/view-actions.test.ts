import { describe, expect, it } from 'vitest';
import type { KnownFacetValues } from '../features/filters/facet-index';
import type { FacetState } from '../features/filters/facets';
import { EMPTY_VIEW, type ViewState } from './url-state';
import {
  clearFilters,
  closeCity,
  openCity,
  setFacets,
  setLanguage,
  showArcs,
  showList,
  showSide,
  toggleTheme,
  type ViewUpdate,
} from './view-actions';

function view(change: Partial<ViewState>): ViewState {
  return { ...EMPTY_VIEW, ...change };
}

const known: KnownFacetValues = {
  themeIds: new Set(['sport', 'culture']),
  countries: new Set(['DE', 'UA']),
  years: { min: 2015, max: 2020 },
};

describe('each change of the view', () => {
  it.each<[string, ViewUpdate, ViewState, ViewState]>([
    ['opens a city', openCity('kyiv'), view({}), view({ city: 'kyiv' })],
    [
      'opens another city in place of the open one',
      openCity('minsk'),
      view({ city: 'kyiv' }),
      view({ city: 'minsk' }),
    ],
    ['closes the city', closeCity, view({ city: 'kyiv' }), view({})],
    ['turns a theme on', toggleTheme('sport', known), view({}), view({ themes: ['sport'] })],
    [
      'turns another theme on after the first',
      toggleTheme('culture', known),
      view({ themes: ['sport'] }),
      view({ themes: ['sport', 'culture'] }),
    ],
    [
      'turns a theme off',
      toggleTheme('sport', known),
      view({ themes: ['sport', 'culture'] }),
      view({ themes: ['culture'] }),
    ],
    [
      'chooses a direction',
      setFacets({ direction: 'incoming' }, known),
      view({}),
      view({ direction: 'incoming' }),
    ],
    [
      'chooses all directions',
      setFacets({ direction: null }, known),
      view({ direction: 'outgoing' }),
      view({}),
    ],
    [
      'chooses relations',
      setFacets({ relations: ['partner', 'informal'] }, known),
      view({ relations: ['partner'] }),
      view({ relations: ['partner', 'informal'] }),
    ],
    [
      'chooses countries',
      setFacets({ countries: ['UA', 'DE'] }, known),
      view({}),
      view({ countries: ['UA', 'DE'] }),
    ],
    [
      'chooses years',
      setFacets({ years: { from: 2016, to: 2018 } }, known),
      view({}),
      view({ years: { from: 2016, to: 2018 } }),
    ],
    [
      'takes all the years as no year filter',
      setFacets({ years: { from: 2015, to: 2020 } }, known),
      view({ years: { from: 2016, to: 2018 } }),
      view({}),
    ],
    [
      'changes one facet, keeping the others and the city',
      setFacets({ direction: 'incoming' }, known),
      view({ city: 'kyiv', themes: ['sport'], countries: ['DE'], language: 'en' }),
      view({
        city: 'kyiv',
        themes: ['sport'],
        direction: 'incoming',
        countries: ['DE'],
        language: 'en',
      }),
    ],
    [
      'clears every filter, keeping the city',
      clearFilters,
      view({
        city: 'kyiv',
        themes: ['sport'],
        direction: 'incoming',
        relations: ['partner'],
        countries: ['DE'],
        years: { from: 2016, to: 2018 },
      }),
      view({ city: 'kyiv' }),
    ],
    ['hides the lines', showArcs(false), view({}), view({ arcs: false })],
    ['shows the lines', showArcs(true), view({ arcs: false }), view({})],
    ['shows the summary', showSide('summary'), view({}), view({ summary: true })],
    ['shows the list', showSide('list'), view({ summary: true }), view({})],
    [
      'changes the language',
      setLanguage('en'),
      view({ city: 'kyiv' }),
      view({ city: 'kyiv', language: 'en' }),
    ],
    [
      'follows the skip link: the list, no panel, no summary',
      showList,
      view({ city: 'kyiv', summary: true, themes: ['sport'] }),
      view({ themes: ['sport'] }),
    ],
    [
      'keeps the page embedded',
      toggleTheme('sport', known),
      view({ embedded: true }),
      view({ embedded: true, themes: ['sport'] }),
    ],
  ])('%s', (_, update, before, after) => {
    expect(update(before)).toStrictEqual(after);
  });
});

describe('a filter change drops what the data does not know, the same way for every filter', () => {
  /** A stale link: an unknown theme and country, years reaching past the data. */
  const stale = view({
    city: 'kiev',
    themes: ['chess', 'sport'],
    countries: ['BY', 'UA'],
    years: { from: 2010, to: 2017 },
    language: 'en',
  });
  /** What the filters of that link show. */
  const shown: Partial<FacetState> = {
    themes: ['sport'],
    countries: ['UA'],
    years: { from: 2015, to: 2017 },
  };

  it.each<[string, ViewUpdate, Partial<ViewState>]>([
    ['turning a theme on', toggleTheme('culture', known), { themes: ['sport', 'culture'] }],
    ['turning the known theme off', toggleTheme('sport', known), { themes: [] }],
    ['turning the unknown theme off', toggleTheme('chess', known), {}],
    [
      'choosing a direction',
      setFacets({ direction: 'incoming' }, known),
      { direction: 'incoming' },
    ],
    [
      'choosing a relation',
      setFacets({ relations: ['partner'] }, known),
      { relations: ['partner'] },
    ],
    [
      'choosing countries',
      setFacets({ countries: ['UA', 'DE'] }, known),
      { countries: ['UA', 'DE'] },
    ],
    [
      'choosing years',
      setFacets({ years: { from: 2016, to: 2020 } }, known),
      { years: { from: 2016, to: 2020 } },
    ],
  ])('%s', (_, update, change) => {
    // The city is no filter: an unknown one stays in the address, as a link gave it.
    expect(update(stale)).toStrictEqual({ ...stale, ...shown, ...change });
  });

  it.each<[string, Partial<FacetState>, Partial<ViewState>]>([
    ['an unknown theme', { themes: ['sport', 'chess'] }, { themes: ['sport'] }],
    ['an unknown country', { countries: ['BY'] }, { countries: [] }],
    [
      'years reaching past the data',
      { years: { from: 2019, to: 2030 } },
      { years: { from: 2019, to: 2020 } },
    ],
    ['years wholly outside the data', { years: { from: 2001, to: 2003 } }, { years: null }],
  ])('never writes %s', (_, change, expected) => {
    expect(setFacets(change, known)(view({}))).toStrictEqual(view(expected));
  });

  it('turning an unknown theme on writes nothing', () => {
    expect(toggleTheme('chess', known)(view({}))).toStrictEqual(view({}));
  });

  it.each<[string, ViewUpdate]>([
    ['opening a city', openCity('kyiv')],
    ['closing the city', closeCity],
    ['the lines', showArcs(false)],
    ['the summary', showSide('summary')],
    ['the language', setLanguage('pl')],
    ['the skip link', showList],
  ])('while %s, which is no filter, leaves the filters as the address has them', (_, update) => {
    const after = update(stale);
    expect(after.themes).toBe(stale.themes);
    expect(after.countries).toBe(stale.countries);
    expect(after.years).toBe(stale.years);
  });
});
