import type { CooperationIndex } from '../../data/cooperation-index';
import type { Language } from '../../i18n/languages';
import { countryNamesInBothLanguages } from './country-names';
import { searchCities, type Suggestion } from './search-cities';
import { buildSearchIndex } from './search-index';

export type SearchEngine = (query: string, language: Language) => Suggestion[];

/** The search over one data file, its index built once; loaded only when someone searches. */
export function createSearchEngine(index: CooperationIndex): SearchEngine {
  const searchIndex = buildSearchIndex(index, countryNamesInBothLanguages());
  return (query, language) => searchCities(searchIndex, query, language);
}
