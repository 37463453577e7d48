import type { CooperationIndex } from '../../data/cooperation-index';
import type { City, Visit } from '../../data/schema';

/** The selected theme ids; empty means no filter. */
export type ThemeSelection = ReadonlySet<string>;

/** A visit matches when no theme is selected or when it has any of the selected themes. */
export function visitMatches(visit: Visit, selection: ThemeSelection): boolean {
  return selection.size === 0 || visit.themes.some((theme) => selection.has(theme));
}

export interface FilterResult {
  /** Cities to show, in the data's order. */
  cities: readonly City[];
  /** The matching visits of each shown city. */
  visitsByCity: ReadonlyMap<string, readonly Visit[]>;
}

/**
 * Applies a theme selection: with no theme selected every city stays (also those without
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

/** How many visits carry each theme, for the numbers on the theme buttons. */
export function countVisitsByTheme(visits: readonly Visit[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const visit of visits) {
    for (const theme of new Set(visit.themes)) {
      counts.set(theme, (counts.get(theme) ?? 0) + 1);
    }
  }
  return counts;
}
