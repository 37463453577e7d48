import { buildIndex } from '../data/cooperation-index';
import type { FilterResult } from '../data/filter-result';
import type { City, Cooperation, LocalizedText } from '../data/schema';
import { buildFacetIndex, knownFacetValues } from '../features/filters/facet-index';
import { filterByFacets } from '../features/filters/facets';
import type { MapCity, MapHub } from '../features/map/map-city';
import type { I18n } from '../i18n/create-i18n';
import { sanitizeViewState, type ViewState } from './url-state';

/** The steps from a data file and a view to what the map shows, each pure (use-shown-data.ts memoizes them). */

export function sortByName<T extends { name: LocalizedText }>(
  cities: readonly T[],
  text: (value: LocalizedText) => string,
  language: string,
): T[] {
  const collator = new Intl.Collator(language);
  return [...cities].sort((a, b) => collator.compare(text(a.name), text(b.name)));
}

/** The cities with visits under the filters, in the given order. */
export function shownCities<T extends { id: string }>(
  cities: readonly T[],
  filtered: FilterResult,
) {
  return cities.filter((city) => filtered.visitsByCity.has(city.id));
}

export function toMapHub(hub: Cooperation['hub'], { t, text, countryName }: I18n): MapHub {
  const name = text(hub.name);
  return {
    lat: hub.lat,
    lng: hub.lng,
    name,
    label: t.map.hubMarker(name, countryName(hub.country)),
  };
}

export function toMapCities(
  cities: readonly City[],
  filtered: FilterResult,
  text: (value: LocalizedText) => string,
): MapCity[] {
  return cities.map((city) => {
    const visits = filtered.visitsByCity.get(city.id) ?? [];
    const incoming = visits.filter((visit) => visit.direction === 'incoming').length;
    return {
      id: city.id,
      lat: city.lat,
      lng: city.lng,
      kind: city.relation,
      name: text(city.name),
      visits: visits.length,
      incoming,
      outgoing: visits.length - incoming,
      country: city.country,
    };
  });
}

/**
 * What the map shows first for a data file and the address's view, in one go: for the page's
 * first frame, drawn before React (see first-frame.ts).
 */
export function firstMapView(data: Cooperation, rawView: ViewState, i18n: I18n) {
  const index = buildIndex(data);
  const facetIndex = buildFacetIndex(index);
  const known = { cityIds: new Set(index.citiesById.keys()), ...knownFacetValues(facetIndex) };
  const view = sanitizeViewState(rawView, known);
  const filtered = filterByFacets(facetIndex, view);
  // In the file's order: the first sort by name makes the browser load its collation rules,
  // which would keep the markers waiting. The page puts them in name order as it takes over.
  const shown = shownCities(data.cities, filtered);
  return {
    hub: toMapHub(data.hub, i18n),
    cities: toMapCities(shown, filtered, i18n.text),
    selectedCityId: view.city,
  };
}
