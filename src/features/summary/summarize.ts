import type { CooperationIndex } from '../../data/cooperation-index';
import type { Visit } from '../../data/schema';
import { countVisitsByTheme, type FilterResult } from '../../data/filter-result';

export interface Summary {
  /** Distinct visits: one with two shown cities counts once. */
  visits: number;
  cities: number;
  countries: number;
  /** Every theme of the data, in its order, also those no shown visit has. */
  byTheme: { themeId: string; visits: number }[];
  /** Every year from the first to the last shown visit, also years without one. */
  byYear: { year: number; visits: number }[];
}

function distinctVisits(view: FilterResult): Visit[] {
  const byId = new Map<string, Visit>();
  for (const city of view.cities) {
    for (const visit of view.visitsByCity.get(city.id) ?? []) {
      byId.set(visit.id, visit);
    }
  }
  return [...byId.values()];
}

function countByYear(visits: readonly Visit[]): Summary['byYear'] {
  if (visits.length === 0) return [];
  const years = visits.map((visit) => visit.year);
  // A loop, not Math.min(...years): spreading tens of thousands of arguments overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const year of years) {
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const counts = Array.from({ length: last - first + 1 }, (_, offset) => ({
    year: first + offset,
    visits: 0,
  }));
  for (const year of years) {
    counts[year - first]!.visits += 1;
  }
  return counts;
}

/** What the filters show, counted: for the summary's numbers and charts. */
export function summarize(view: FilterResult, index: CooperationIndex): Summary {
  const visits = distinctVisits(view);
  const themeCounts = countVisitsByTheme(visits);
  return {
    visits: visits.length,
    cities: view.cities.length,
    countries: new Set(view.cities.map((city) => city.country)).size,
    byTheme: index.data.themes.map((theme) => ({
      themeId: theme.id,
      visits: themeCounts.get(theme.id) ?? 0,
    })),
    byYear: countByYear(visits),
  };
}
