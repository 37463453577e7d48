import type { City, Cooperation, Source, Theme, Visit } from './schema';

/** Look-ups computed once per data file, so that filtering never re-scans the whole data. */
export interface CooperationIndex {
  data: Cooperation;
  citiesById: ReadonlyMap<string, City>;
  themesById: ReadonlyMap<string, Theme>;
  sourcesById: ReadonlyMap<string, Source>;
  /** Each city's visits in the data's order. */
  visitsByCity: ReadonlyMap<string, readonly Visit[]>;
}

export function buildIndex(data: Cooperation): CooperationIndex {
  const visitsByCity = new Map<string, Visit[]>(data.cities.map((city) => [city.id, []]));
  for (const visit of data.visits) {
    for (const cityId of visit.cityIds) {
      visitsByCity.get(cityId)?.push(visit);
    }
  }
  return {
    data,
    citiesById: new Map(data.cities.map((city) => [city.id, city])),
    themesById: new Map(data.themes.map((theme) => [theme.id, theme])),
    sourcesById: new Map(data.sources.map((source) => [source.id, source])),
    visitsByCity,
  };
}
