import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/languages';

/** The view that the address describes: `?city=<id>&themes=<id>,<id>&lang=en`. */
export interface ViewState {
  city: string | null;
  themes: readonly string[];
  language: Language;
}

export const EMPTY_VIEW: ViewState = { city: null, themes: [], language: DEFAULT_LANGUAGE };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 100;

function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID.test(value);
}

/** Reads the view from a query string; malformed values are dropped, never thrown on. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const city = params.get('city')?.trim().toLowerCase() ?? '';
  const themes = (params.get('themes') ?? '')
    .split(',')
    .map((theme) => theme.trim().toLowerCase())
    .filter(isId);
  const language = params.get('lang')?.trim().toLowerCase();
  return {
    city: isId(city) ? city : null,
    themes: [...new Set(themes)],
    language: isLanguage(language) ? language : DEFAULT_LANGUAGE,
  };
}

/** Writes the view as a query string, leaving out defaults; other parameters are kept. */
export function serializeViewState(view: ViewState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  params.delete('city');
  params.delete('themes');
  params.delete('lang');
  if (view.city) params.set('city', view.city);
  if (view.themes.length > 0) params.set('themes', view.themes.join(','));
  if (view.language !== DEFAULT_LANGUAGE) params.set('lang', view.language);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** Keeps only the ids the data knows, so a stale or mistyped link still opens a sensible view. */
export function sanitizeViewState(
  view: ViewState,
  known: { cityIds: ReadonlySet<string>; themeIds: ReadonlySet<string> },
): ViewState {
  return {
    city: view.city !== null && known.cityIds.has(view.city) ? view.city : null,
    themes: view.themes.filter((theme) => known.themeIds.has(theme)),
    language: view.language,
  };
}
