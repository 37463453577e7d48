import { useMemo } from 'react';
import type { CooperationIndex } from '../data/cooperation-index';
import type { Cooperation } from '../data/schema';
import { FacetControls, type FacetControlsProps } from '../features/filters/facet-controls';
import { activeChoices } from '../features/filters/facet-options';
import type { FacetCounts, FacetState } from '../features/filters/facets';
import { ThemeFilter } from '../features/filters/theme-filter';
import { CitySearch } from '../features/search/city-search';
import { useI18n } from '../i18n/i18n-context';
import type { FocusBack } from '../ui/focus-back';
import { RegionBoundary } from '../ui/region-boundary';

interface FilterBarProps {
  data: Cooperation;
  index: CooperationIndex;
  /** The filters as shown. */
  filters: FacetState;
  counts: FacetCounts;
  shownCities: number;
  /** Folded behind a "Filtry" button (phones; an embedded map has its own, embed-controls.tsx). */
  compact: boolean;
  /** Only the search box and the count: a bottom sheet's peek. */
  peek: boolean;
  onToggleTheme: (themeId: string) => void;
  onClear: () => void;
  onChangeFacets: FacetControlsProps['onChange'];
  onGesture: FacetControlsProps['onGesture'];
  onChooseCity: (cityId: string, focusBack: FocusBack) => void;
}

/** Above the map: the search box, the themes and the other facets. */
export function FilterBar({
  data,
  index,
  filters,
  counts,
  shownCities,
  compact,
  peek,
  onToggleTheme,
  onClear,
  onChangeFacets,
  onGesture,
  onChooseCity,
}: FilterBarProps) {
  const { text } = useI18n();
  const selected = useMemo(() => new Set(filters.themes), [filters.themes]);
  return (
    <RegionBoundary region="filters">
      <ThemeFilter
        themes={data.themes.map((theme) => ({
          id: theme.id,
          label: text(theme.label),
          visits: counts.themes.get(theme.id) ?? 0,
        }))}
        selected={selected}
        onToggle={onToggleTheme}
        onClear={onClear}
        activeFilters={filters.themes.length + activeChoices(filters)}
        search={<CitySearch index={index} onChoose={onChooseCity} opensUp={peek} />}
        shownCities={shownCities}
        totalCities={data.cities.length}
        compact={compact}
        peek={peek}
      >
        <FacetControls
          state={filters}
          counts={counts}
          onChange={onChangeFacets}
          onGesture={onGesture}
        />
      </ThemeFilter>
    </RegionBoundary>
  );
}
