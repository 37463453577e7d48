import { useCallback, useMemo } from 'react';
import type { CooperationIndex } from '../../data/cooperation-index';
import { useI18n } from '../../i18n/i18n-context';
import { countryNamesInBothLanguages } from './country-names';
import { SearchBox } from './search-box';
import { searchCities } from './search-cities';
import { buildSearchIndex } from './search-index';
import type { SearchBoxLabels } from './search-labels';

/** The search box over one data file: cities, countries, participants and visit titles. */
export function CitySearch({
  index,
  onChoose,
}: {
  index: CooperationIndex;
  onChoose: (cityId: string) => void;
}) {
  const { t, count, language } = useI18n();
  // Built once per data file: typing only reads it.
  const searchIndex = useMemo(
    () => buildSearchIndex(index, countryNamesInBothLanguages()),
    [index],
  );
  const suggest = useCallback(
    (query: string) => searchCities(searchIndex, query, language),
    [searchIndex, language],
  );
  const labels: SearchBoxLabels = useMemo(
    () => ({
      label: t.search.label,
      placeholder: t.search.placeholder,
      noResults: t.search.noResults,
      count: (n) => t.search.count(count(n, t.nouns.result)),
      matchReason: (kind, text) => t.search.reasons[kind](text),
    }),
    [t, count],
  );
  return <SearchBox suggest={suggest} onChoose={onChoose} labels={labels} />;
}
