import type { CooperationIndex } from '../../data/cooperation-index';
import type { LocalizedText } from '../../data/schema';
import type { Language } from '../../i18n/languages';
import { toSearchKey, type SearchKey } from './search-key';

/** What a suggestion matched: the city's own name, its country, a participant, a visit title. */
export type MatchKind = 'city' | 'country' | 'participant' | 'visit';

/** One searchable text and the one city that choosing it opens. */
export interface SearchEntry {
  readonly cityId: string;
  readonly cityName: LocalizedText;
  readonly kind: MatchKind;
  /** The text that is matched, as shown. */
  readonly text: LocalizedText;
  readonly keys: Readonly<Record<Language, SearchKey>>;
}

/** Every searchable text of one data file, folded once. */
export interface SearchIndex {
  /** City by city in the data's order; within a city: name, country, participants, titles. */
  readonly entries: readonly SearchEntry[];
}

/** A country's name in both interface languages, from its ISO code. */
export type CountryNames = (code: string) => LocalizedText;

/**
 * Folds every city name, country name, participant and visit title once per data file.
 * A participant or title of a visit to several cities gives one entry per city, and so does
 * a country: a country is not a place the map can open, its cities are.
 */
export function buildSearchIndex(index: CooperationIndex, countryNames: CountryNames): SearchIndex {
  const entries: SearchEntry[] = [];
  const countries = new Map<string, LocalizedText>();
  for (const city of index.data.cities) {
    const seen = new Set<string>();
    const add = (kind: MatchKind, text: LocalizedText) => {
      const key = `${kind}\u0000${text.pl}\u0000${text.en}`;
      if (seen.has(key)) return;
      seen.add(key);
      entries.push({
        cityId: city.id,
        cityName: city.name,
        kind,
        text,
        keys: { pl: toSearchKey(text.pl), en: toSearchKey(text.en) },
      });
    };

    add('city', city.name);
    let country = countries.get(city.country);
    if (!country) {
      country = countryNames(city.country);
      countries.set(city.country, country);
    }
    add('country', country);
    for (const visit of index.visitsByCity.get(city.id) ?? []) {
      for (const participant of visit.participants) add('participant', participant.name);
      add('visit', visit.title);
    }
  }
  return { entries };
}
