import type { I18n } from '../../../i18n/create-i18n';
import type { MapCity } from '../map-city';

/**
 * A city marker's accessible name, "Takasaki, Japonia: 2 wizyty": made by the markers that are
 * drawn, not for every city at each filter change.
 */
export function cityLabel({ t, count, countryName }: I18n, city: MapCity): string {
  return t.map.cityMarker(city.name, countryName(city.country), count(city.visits, t.nouns.visit));
}
