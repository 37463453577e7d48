import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { CooperationIndex } from '../data/cooperation-index';
import type { FilterResult } from '../data/filter-result';
import { CityList } from '../features/city-list/city-list';
import type { ListCity } from '../features/city-list/group-cities';
import { useI18n } from '../i18n/i18n-context';
import { lazyCode } from '../lib/lazy-code';
import type { FocusBack } from '../ui/focus-back';
import { LoadFailed } from '../ui/load-failed';
import { LoadingState } from '../ui/loading-state';
import { RegionBoundary } from '../ui/region-boundary';
import { ToggleGroup } from '../ui/toggle-group';

/** The summary, its charts and downloads: loaded when someone opens it. */
const { useCode: useSummaryCode } = lazyCode('The summary', () =>
  import('./summary-side').then((module) => module.default),
);

/** What the side region hands over: focus on the list's heading (false when not shown). */
export interface SideFocus {
  focusList: () => boolean;
}

interface SideRegionProps {
  ref?: Ref<SideFocus>;
  /** The summary in place of the list. */
  showSummary: boolean;
  onShowSide: (side: 'list' | 'summary') => void;
  cities: readonly ListCity[];
  onOpenCity: (cityId: string, focusBack: FocusBack) => void;
  filtered: FilterResult;
  index: CooperationIndex;
  filterLabels: readonly string[];
  /** Covered by a city's panel (a sheet, on phones): out of reach until it closes. */
  inert: boolean;
  /** Grows each time someone follows the "skip to the list" link: the list takes focus. */
  listFocusRequest: number;
}

/**
 * Beside the map: the list of cities, or the summary in its place. The skip link's target
 * (the list, or the summary it replaces until the link is followed).
 */
export function SideRegion({
  ref,
  showSummary,
  onShowSide,
  cities,
  onOpenCity,
  filtered,
  index,
  filterLabels,
  inert,
  listFocusRequest,
}: SideRegionProps) {
  const { t } = useI18n();
  const summary = useSummaryCode(showSummary);
  const scrollRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      focusList() {
        const heading = headingRef.current;
        if (!heading) return false;
        heading.focus();
        return true;
      },
    }),
    [],
  );
  // The skip link (app.tsx) has put the list in place of the summary by then.
  useEffect(
    function focusListOnRequest() {
      if (listFocusRequest > 0) headingRef.current?.focus();
    },
    [listFocusRequest],
  );
  const side = showSummary ? 'summary' : 'list';
  return (
    <div id="city-list" className="workspace__list" inert={inert} ref={scrollRef}>
      <ToggleGroup
        className="side-switch"
        label={t.side.label}
        options={[
          { value: 'list', label: t.side.list },
          { value: 'summary', label: t.side.summary },
        ]}
        value={side}
        onChange={onShowSide}
      />
      <RegionBoundary key={side} region={side}>
        {!showSummary ? (
          <CityList
            cities={cities}
            onOpenCity={onOpenCity}
            headingRef={headingRef}
            scrollRef={scrollRef}
          />
        ) : summary.state === 'ready' ? (
          <summary.code filtered={filtered} index={index} filterLabels={filterLabels} />
        ) : summary.state === 'failed' ? (
          <LoadFailed message={t.summary.codeFailed} onRetry={summary.retry} />
        ) : (
          <LoadingState message={t.summary.loading} />
        )}
      </RegionBoundary>
    </div>
  );
}
