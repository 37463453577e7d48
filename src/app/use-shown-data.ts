import { useDeferredValue, useMemo } from 'react';
import { buildIndex } from '../data/cooperation-index';
import type { Cooperation } from '../data/schema';
import type { ListCity } from '../features/city-list/group-cities';
import { buildFacetIndex, knownFacetValues } from '../features/filters/facet-index';
import { facetCounts, filterByFacets } from '../features/filters/facets';
import type { MapCity, MapHub } from '../features/map/map-city';
import { shownCities, sortByName, toMapCities, toMapHub } from './shown-data';
import { useI18n } from '../i18n/i18n-context';
import { sanitizeViewState, type ViewState } from './url-state';

/**
 * Everything the features show for one data file and one view: the indexes (built once per
 * file), the view cleaned of unknown ids, what the filters keep, and the map's and the list's
 * cities in the interface language. A filter change re-runs only the cheap steps.
 */
export function useShownData(data: Cooperation, rawView: ViewState) {
  const { t, text, countryName, language } = useI18n();
  const index = useMemo(() => buildIndex(data), [data]);
  const facetIndex = useMemo(() => buildFacetIndex(index), [index]);
  const known = useMemo(
    () => ({ cityIds: new Set(index.citiesById.keys()), ...knownFacetValues(facetIndex) }),
    [index, facetIndex],
  );
  const view = useMemo(() => sanitizeViewState(rawView, known), [rawView, known]);
  const filtered = useMemo(() => filterByFacets(facetIndex, view), [facetIndex, view]);
  // The map answers a filter first: the list and the filters' counts follow in a deferred
  // render, which React starts once the map's is on screen (and drops for a newer click).
  const laterView = useDeferredValue(view);
  const listFiltered = useDeferredValue(filtered);
  const counts = useMemo(() => facetCounts(facetIndex, laterView), [facetIndex, laterView]);

  const i18n = useI18n();
  const hub: MapHub = useMemo(() => toMapHub(data.hub, i18n), [data.hub, i18n]);

  // Alphabetical, so Tab walks the map as a reader walks the list. Sorted once per language;
  // a filter change only picks from this order.
  const citiesByName = useMemo(
    () => sortByName(data.cities, text, language),
    [data.cities, text, language],
  );
  const shownByName = useMemo(() => shownCities(citiesByName, filtered), [citiesByName, filtered]);
  const listedByName = useMemo(
    () => shownCities(citiesByName, listFiltered),
    [citiesByName, listFiltered],
  );

  const mapCities: MapCity[] = useMemo(
    () => toMapCities(shownByName, filtered, text),
    [shownByName, filtered, text],
  );

  // In name order already, so the list's grouping finds each group sorted (no second sort).
  const listCities: ListCity[] = useMemo(
    () =>
      listedByName.map((city) => {
        const countryLabel = countryName(city.country);
        const visits = listFiltered.visitsByCity.get(city.id)?.length ?? 0;
        return {
          id: city.id,
          name: text(city.name),
          country: city.country,
          countryName: countryLabel,
          relation: city.relation,
          visits,
        };
      }),
    [listedByName, listFiltered, text, countryName],
  );

  /** The active filters in words, for the names of downloaded files. */
  const filterLabels = useMemo(() => {
    const labels: string[] = [];
    for (const id of view.themes) {
      const theme = index.themesById.get(id);
      if (theme) labels.push(text(theme.label));
    }
    if (view.direction) labels.push(t.facets.direction[view.direction]);
    for (const relation of view.relations) labels.push(t.facets.relation[relation]);
    for (const country of view.countries) labels.push(countryName(country));
    if (view.years) {
      const { from, to } = view.years;
      labels.push(from === to ? String(from) : `${from}-${to}`);
    }
    return labels;
  }, [view, index, text, t, countryName]);

  return {
    index,
    known,
    view,
    filtered,
    listFiltered,
    counts,
    hub,
    mapCities,
    listCities,
    filterLabels,
  };
}
