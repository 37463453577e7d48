import type { City, Visit } from './schema';

/** What the filters show: the data every feature (map, list, summary, export) draws from. */
export interface FilterResult {
  /** Cities to show, in the data's order. */
  cities: readonly City[];
  /** The matching visits of each shown city. */
  visitsByCity: ReadonlyMap<string, readonly Visit[]>;
}

/** How many visits carry each theme. */
export function countVisitsByTheme(visits: readonly Visit[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const visit of visits) {
    for (const theme of new Set(visit.themes)) {
      counts.set(theme, (counts.get(theme) ?? 0) + 1);
    }
  }
  return counts;
}
