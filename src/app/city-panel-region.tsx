import { useEffect } from 'react';
import type { CooperationIndex } from '../data/cooperation-index';
import type { FilterResult } from '../data/filter-result';
import type { City } from '../data/schema';
import { CityPanelWaiting } from '../features/city-panel/city-panel-waiting';
import { useI18n } from '../i18n/i18n-context';
import { lazyCode } from '../lib/lazy-code';
import { whenIdle } from '../lib/when-idle';
import { RegionBoundary } from '../ui/region-boundary';

/** A city's details: not needed for the first view, loaded once the page is idle (or asked). */
const { useCode: usePanelCode, preload: preloadPanel } = lazyCode('The city panel', () =>
  import('../features/city-panel/city-panel').then((module) => module.CityPanel),
);

interface CityPanelRegionProps {
  /** The open city, if any. */
  city: City | undefined;
  filtered: FilterResult;
  index: CooperationIndex;
  focusOnOpen: boolean;
  onClose: () => void;
  onOpenCity: (cityId: string) => void;
}

/** The open city's panel, or the panel standing in for it while its code loads. */
export function CityPanelRegion({
  city,
  filtered,
  index,
  focusOnOpen,
  onClose,
  onOpenCity,
}: CityPanelRegionProps) {
  const { text } = useI18n();
  const panel = usePanelCode(Boolean(city));
  useEffect(function loadPanelAhead() {
    return whenIdle(preloadPanel);
  }, []);
  if (!city) return null;
  return (
    <RegionBoundary key={city.id} region="panel">
      {panel.state === 'ready' ? (
        <panel.code
          city={city}
          visits={filtered.visitsByCity.get(city.id) ?? []}
          totalVisits={index.visitsByCity.get(city.id)?.length ?? 0}
          index={index}
          focusOnOpen={focusOnOpen}
          onClose={onClose}
          onOpenCity={onOpenCity}
        />
      ) : (
        <CityPanelWaiting
          cityId={city.id}
          name={text(city.name)}
          onRetry={panel.state === 'failed' ? panel.retry : undefined}
          focusOnOpen={focusOnOpen}
          onClose={onClose}
        />
      )}
    </RegionBoundary>
  );
}
