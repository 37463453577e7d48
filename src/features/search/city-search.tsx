import { useCallback, useMemo, useState } from 'react';
import type { CooperationIndex } from '../../data/cooperation-index';
import { useI18n } from '../../i18n/i18n-context';
import { lazyCode } from '../../lib/lazy-code';
import type { FocusBack } from '../../ui/focus-back';
import { SearchBox } from './search-box';
import type { SearchBoxLabels } from './search-labels';

/** The search code and its index builder: loaded when someone first searches. */
const searchCode = lazyCode('The search', () =>
  import('./search-engine').then((m) => m.createSearchEngine),
);

/**
 * The search box over one data file: cities, countries, participants and visit titles. The
 * search code and its index (folded texts of every participant and visit) are made when the
 * field first gets focus, not with the map: a reader who never searches never pays for them.
 */
export function CitySearch({
  index,
  onChoose,
  opensUp,
}: {
  index: CooperationIndex;
  onChoose: (cityId: string, focusBack: FocusBack) => void;
  /** The suggestions open above the field (a bottom sheet's peek). */
  opensUp?: boolean;
}) {
  const { t, count, language } = useI18n();
  const [wanted, setWanted] = useState(false);
  const code = searchCode.useCode(wanted);
  const createEngine = code.state === 'ready' ? code.code : null;
  // One index per data file, built once the code is here.
  const engine = useMemo(() => createEngine?.(index) ?? null, [createEngine, index]);
  const retry = code.state === 'failed' ? code.retry : null;
  const prepare = useCallback(() => {
    setWanted(true);
    // Offline after the page loaded: a new focus tries again too.
    retry?.();
  }, [retry]);
  const suggest = useCallback(
    (query: string) => (engine ? engine(query, language) : []),
    [engine, language],
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
  const failed = useMemo(
    () => (retry ? { message: t.search.codeFailed, onRetry: retry } : undefined),
    [retry, t],
  );
  return (
    <SearchBox
      suggest={suggest}
      onChoose={onChoose}
      labels={labels}
      onFocus={prepare}
      loading={!engine}
      failed={failed}
      opensUp={opensUp}
    />
  );
}
