import type { Relation } from '../../data/schema';

/** What the list shows of a city; built from the same filtered cities as the map's markers. */
export interface ListCity {
  id: string;
  name: string;
  country: string;
  countryName: string;
  relation: Relation;
  /** Shown visits: under the name, "Japonia: 2 wizyty". */
  visits: number;
}

export type Grouping = 'country' | 'relation';

export interface CityGroup {
  key: string;
  label: string;
  cities: ListCity[];
}

const RELATION_ORDER: readonly Relation[] = ['partner', 'informal'];

/**
 * Groups cities by country (groups in alphabetical order) or by relation (partners first),
 * each group sorted by name. `compare` is the interface language's collator, so Polish names
 * sort as Polish readers expect (Łódź after Lublin, Źródła after Zakopane).
 */
export function groupCities(
  cities: readonly ListCity[],
  grouping: Grouping,
  compare: (a: string, b: string) => number,
  relationLabel: (relation: Relation) => string,
): CityGroup[] {
  const groups = new Map<string, CityGroup>();
  for (const city of cities) {
    const key = grouping === 'country' ? city.country : city.relation;
    const label = grouping === 'country' ? city.countryName : relationLabel(city.relation);
    const group = groups.get(key) ?? { key, label, cities: [] };
    group.cities.push(city);
    groups.set(key, group);
  }
  const sorted = [...groups.values()];
  for (const group of sorted) {
    group.cities.sort((a, b) => compare(a.name, b.name) || a.id.localeCompare(b.id));
  }
  return grouping === 'country'
    ? sorted.sort((a, b) => compare(a.label, b.label))
    : sorted.sort(
        (a, b) =>
          RELATION_ORDER.indexOf(a.key as Relation) - RELATION_ORDER.indexOf(b.key as Relation),
      );
}
