import { useCallback, useMemo, useRef, useState } from 'react';
import type { CooperationIndex } from '../../data/cooperation-index';
import { useI18n } from '../../i18n/i18n-context';
import { SearchBox } from './search-box';
import type { SearchBoxLabels } from './search-labels';
import type { SearchEngine } from './search-engine';

/**
 * The search box over one data file: cities, countries, participants and visit titles. The
 * search code and its index (folded texts of every participant and visit) are made when the
 * field first gets focus, not with the map: a reader who never searches never pays for them.
 */
export function CitySearch({
  index,
  onChoose,
}: {
  index: CooperationIndex;
  onChoose: (cityId: string) => void;
}) {
  const { t, count, language } = useI18n();
  const [engine, setEngine] = useState<{ index: CooperationIndex; search: SearchEngine } | null>(
    null,
  );
  const ready = engine?.index === index ? engine.search : null;
  // One load per data file, however often the field gets focus meanwhile.
  const loading = useRef<CooperationIndex | null>(null);
  const prepare = useCallback(() => {
    if (ready || loading.current === index) return;
    loading.current = index;
    import('./search-engine').then(
      ({ createSearchEngine }) => setEngine({ index, search: createSearchEngine(index) }),
      (error: unknown) => {
        // Offline after the page loaded: the next focus tries again.
        loading.current = null;
        console.warn('The search could not be loaded:', error);
      },
    );
  }, [ready, index]);
  const suggest = useCallback(
    (query: string) => (ready ? ready(query, language) : []),
    [ready, language],
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
  return (
    <SearchBox
      suggest={suggest}
      onChoose={onChoose}
      labels={labels}
      onFocus={prepare}
      loading={!ready}
    />
  );
}
