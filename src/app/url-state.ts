import type { KnownFacetValues } from '../features/filters/facet-index';
import {
  FACET_PARAMS,
  facetParamEntries,
  parseFacetParams,
  sanitizeFacets,
} from '../features/filters/facet-params';
import { EMPTY_FACETS, type FacetState } from '../features/filters/facets';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';
import { isId } from '../data/contract-constants';

/**
 * The view that the address describes:
 * `?city=<id>&themes=<id>,<id>&direction=incoming&relation=partner&country=DE&years=2019-2021&arcs=0&summary=1&lang=en`.
 */
export interface ViewState extends FacetState {
  city: string | null;
  /** The lines from Poznań to the shown cities; `arcs=0` hides them. */
  arcs: boolean;
  /** The summary beside the map, in place of the list of cities: `summary=1`. */
  summary: boolean;
  language: Language;
  /**
   * `embed=1`: the map inside another site's page, without the page's own chrome. Read here and
   * nowhere else; never written, because no change of the view embeds a page or frees it: the
   * parameter stays as the address has it.
   */
  embedded: boolean;
}

export const EMPTY_VIEW: ViewState = {
  city: null,
  ...EMPTY_FACETS,
  arcs: true,
  summary: false,
  language: DEFAULT_LANGUAGE,
  embedded: false,
};

/** Reads the view from a query string; malformed values are dropped, never thrown on. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const city = params.get('city')?.trim().toLowerCase() ?? '';
  const language = params.get('lang')?.trim().toLowerCase();
  return {
    city: isId(city) ? city : null,
    ...parseFacetParams(params),
    arcs: params.get('arcs')?.trim() !== '0',
    summary: params.get('summary')?.trim() === '1',
    language: isLanguage(language) ? language : DEFAULT_LANGUAGE,
    embedded: params.get('embed') === '1',
  };
}

/**
 * Writes the view as a query string, leaving out defaults; other parameters are kept, `embed`
 * among them.
 */
export function serializeViewState(view: ViewState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of ['city', ...FACET_PARAMS, 'arcs', 'summary', 'lang']) params.delete(name);
  if (view.city) params.set('city', view.city);
  for (const [name, value] of facetParamEntries(view)) params.set(name, value);
  if (!view.arcs) params.set('arcs', '0');
  if (view.summary) params.set('summary', '1');
  if (view.language !== DEFAULT_LANGUAGE) params.set('lang', view.language);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** Keeps only the ids the data knows, so a stale or mistyped link still opens a sensible view. */
export function sanitizeViewState(
  view: ViewState,
  known: { cityIds: ReadonlySet<string> } & KnownFacetValues,
): ViewState {
  return {
    city: view.city !== null && known.cityIds.has(view.city) ? view.city : null,
    ...sanitizeFacets(view, known),
    arcs: view.arcs,
    summary: view.summary,
    language: view.language,
    embedded: view.embedded,
  };
}
