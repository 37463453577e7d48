import type { CooperationIndex } from '../../data/cooperation-index';
import type { FilterResult } from '../../data/filter-result';
import type { City, Visit } from '../../data/schema';

export type { FilterResult } from '../../data/filter-result';
export { countVisitsByTheme } from '../../data/filter-result';

/** The selected theme ids; empty means no filter. */
export type ThemeSelection = ReadonlySet<string>;

/** A visit matches when no theme is selected or when it has any of the selected themes. */
export function visitMatches(visit: Visit, selection: ThemeSelection): boolean {
  return selection.size === 0 || visit.themes.some((theme) => selection.has(theme));
}

/**
 * Theme-only filtering, the reference the facets (facets.ts) must agree with when only themes
 * are chosen. Applies a theme selection: with no theme selected every city stays (also those without
 * visits); with a selection only cities with at least one matching visit stay.
 */
export function filterByThemes(index: CooperationIndex, selection: ThemeSelection): FilterResult {
  const cities: City[] = [];
  const visitsByCity = new Map<string, readonly Visit[]>();
  for (const city of index.data.cities) {
    const all = index.visitsByCity.get(city.id) ?? [];
    const matching =
      selection.size === 0 ? all : all.filter((visit) => visitMatches(visit, selection));
    if (selection.size === 0 || matching.length > 0) {
      cities.push(city);
      visitsByCity.set(city.id, matching);
    }
  }
  return { cities, visitsByCity };
}
