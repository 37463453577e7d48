import type { KnownFacetValues } from '../features/filters/facet-index';
import { toggled } from '../features/filters/facet-options';
import { sanitizeFacets } from '../features/filters/facet-params';
import { EMPTY_FACETS, type FacetState } from '../features/filters/facets';
import type { Language } from '../i18n/languages';
import type { ViewState } from './url-state';

/** One change of the view, as the reader makes it: the view before in, the view after out. */
export type ViewUpdate = (view: ViewState) => ViewState;

/**
 * Every filter change starts from the filters as shown and writes only what the data knows: an
 * id from a stale or mistyped link (a theme, a country, years outside the data) is dropped the
 * same way for every filter. The other fields (the city among them) stay as the address has them.
 */
function changeFilters(
  view: ViewState,
  known: KnownFacetValues,
  change: (shown: FacetState) => Partial<FacetState>,
): ViewState {
  const shown = sanitizeFacets(view, known);
  return { ...view, ...sanitizeFacets({ ...shown, ...change(shown) }, known) };
}

export function openCity(cityId: string): ViewUpdate {
  return (view) => ({ ...view, city: cityId });
}

export const closeCity: ViewUpdate = (view) => ({ ...view, city: null });

/** A theme on if it was off, off if it was on. */
export function toggleTheme(themeId: string, known: KnownFacetValues): ViewUpdate {
  return (view) =>
    changeFilters(view, known, (shown) => ({ themes: toggled(shown.themes, themeId) }));
}

/** The facets beside the themes (direction, relations, countries, years), as their controls set them. */
export function setFacets(change: Partial<FacetState>, known: KnownFacetValues): ViewUpdate {
  return (view) => changeFilters(view, known, () => change);
}

export const clearFilters: ViewUpdate = (view) => ({ ...view, ...EMPTY_FACETS });

/** The lines from the home city to the shown cities. */
export function showArcs(shown: boolean): ViewUpdate {
  return (view) => ({ ...view, arcs: shown });
}

/** The list of cities or the summary, beside the map. */
export function showSide(side: 'list' | 'summary'): ViewUpdate {
  return (view) => ({ ...view, summary: side === 'summary' });
}

export function setLanguage(language: Language): ViewUpdate {
  return (view) => ({ ...view, language });
}

/** Where the skip link leads: the list, in place of a city's panel and of the summary. */
export const showList: ViewUpdate = (view) => ({ ...view, city: null, summary: false });
