import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Cooperation } from '../data/schema';
import { CityList } from '../features/city-list/city-list';
import { CityPanelWaiting } from '../features/city-panel/city-panel-waiting';
import { FacetControls } from '../features/filters/facet-controls';
import { activeChoices } from '../features/filters/facet-options';
import type { FacetState } from '../features/filters/facets';
import { ThemeFilter } from '../features/filters/theme-filter';
import type { MapFocus } from '../features/map/cooperation-map';
import { MapLegend } from '../features/map/map-legend';
import { CitySearch } from '../features/search/city-search';
import { useI18n } from '../i18n/i18n-context';
import type { FocusBack } from '../ui/focus-back';
import { LoadFailed } from '../ui/load-failed';
import { LoadingState } from '../ui/loading-state';
import { RegionBoundary } from '../ui/region-boundary';
import { ToggleGroup } from '../ui/toggle-group';
import { NARROW, useMediaQuery } from '../ui/use-media-query';
import { lazyCode } from '../lib/lazy-code';
import { MapRegion } from './map-region';
import { whenIdle } from '../lib/when-idle';
import type { ViewState } from './url-state';
import type { SetView } from './use-view-state';
import { useFocusReturn } from './use-focus-return';
import { useGestureHistory } from './use-gesture-history';
import { useShownData } from './use-shown-data';
import * as actions from './view-actions';

/** The summary, its charts and downloads: loaded when someone opens it. */
const { useCode: useSummaryCode } = lazyCode('The summary', () =>
  import('./summary-side').then((module) => module.default),
);
/** A city's details: not needed for the first view, loaded once the page is idle (or asked). */
const { useCode: usePanelCode, preload: preloadPanel } = lazyCode('The city panel', () =>
  import('../features/city-panel/city-panel').then((module) => module.CityPanel),
);

export interface ViewProps {
  view: ViewState;
  setView: SetView;
}

/** On phones the map and the list take turns; wide screens show both. */
export type Mode = 'map' | 'list';

/** The map, the filters and the panel over one loaded data file: the only place features meet. */
export function CooperationView({
  data,
  view: rawView,
  setView,
  mode,
  setMode,
  listFocusRequest,
}: ViewProps & {
  data: Cooperation;
  mode: Mode;
  setMode: (mode: Mode) => void;
  /** Grows each time someone follows the "skip to the list" link: the list takes focus. */
  listFocusRequest: number;
}) {
  const i18n = useI18n();
  const narrow = useMediaQuery(NARROW);
  const { t, text } = i18n;
  const { index, known, view, filtered, counts, hub, mapCities, listCities, filterLabels } =
    useShownData(data, rawView);
  const selection = useMemo(() => new Set(view.themes), [view.themes]);

  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const listScrollRef = useRef<HTMLDivElement>(null);
  // The skip link leads to the list (app.tsx also puts the list in place of the summary).
  useEffect(
    function focusListOnRequest() {
      if (listFocusRequest > 0) listHeadingRef.current?.focus();
    },
    [listFocusRequest],
  );

  const selectedCity = view.city ? index.citiesById.get(view.city) : undefined;
  const mapRef = useRef<MapFocus>(null);
  const focusOnMap = useCallback((cityId: string) => mapRef.current?.focusCity(cityId), []);
  const { focusPanel, opening, closing } = useFocusReturn(selectedCity?.id ?? null, focusOnMap);
  const openCity = useCallback(
    (cityId: string, focusBack?: FocusBack) => {
      opening(focusBack);
      setView(actions.openCity(cityId));
    },
    [opening, setView],
  );
  const closeCity = useCallback(() => {
    closing();
    setView(actions.closeCity);
  }, [closing, setView]);

  useEffect(
    function closeOnEscape() {
      if (!view.city) return;
      function onKeyDown(event: KeyboardEvent) {
        // A modal dialog (the share dialog) takes its own Escape.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        if (document.querySelector('dialog[open]')) return;
        closeCity();
      }
      document.addEventListener('keydown', onKeyDown);
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown);
      };
    },
    [view.city, closeCity],
  );

  const sheetOpen = narrow && Boolean(selectedCity);
  const panel = usePanelCode(Boolean(selectedCity));
  const summary = useSummaryCode(view.summary);
  useEffect(function loadPanelAhead() {
    return whenIdle(preloadPanel);
  }, []);
  useEffect(
    function titleFollowsView() {
      document.title = selectedCity ? `${text(selectedCity.name)} – ${t.app.title}` : t.app.title;
    },
    [selectedCity, text, t],
  );

  const toggleTheme = useCallback(
    (themeId: string) => setView(actions.toggleTheme(themeId, known)),
    [setView, known],
  );
  const clearFilters = useCallback(() => setView(actions.clearFilters), [setView]);
  const showSide = useCallback(
    (side: 'list' | 'summary') => setView(actions.showSide(side)),
    [setView],
  );
  const toggleArcs = useCallback((shown: boolean) => setView(actions.showArcs(shown)), [setView]);
  const { onGesture, change: changeInGesture } = useGestureHistory(setView);
  const changeFacets = useCallback(
    (change: Partial<FacetState>) => changeInGesture(actions.setFacets(change, known)),
    [changeInGesture, known],
  );
  const activeFilters = view.themes.length + activeChoices(view);

  return (
    <>
      <RegionBoundary region="filters">
        <ThemeFilter
          themes={data.themes.map((theme) => ({
            id: theme.id,
            label: text(theme.label),
            visits: counts.themes.get(theme.id) ?? 0,
          }))}
          selected={selection}
          onToggle={toggleTheme}
          onClear={clearFilters}
          activeFilters={activeFilters}
          search={<CitySearch index={index} onChoose={openCity} />}
          shownCities={filtered.cities.length}
          totalCities={data.cities.length}
          compact={narrow || view.embedded}
        >
          <FacetControls
            state={view}
            counts={counts}
            onChange={changeFacets}
            onGesture={onGesture}
          />
        </ThemeFilter>
      </RegionBoundary>
      <ToggleGroup
        className="view-switch"
        label={t.views.label}
        options={[
          { value: 'map', label: t.views.map },
          { value: 'list', label: t.views.list },
        ]}
        value={mode}
        onChange={setMode}
      />
      <div className="workspace" data-panel-open={selectedCity ? 'true' : 'false'} data-mode={mode}>
        {/* On narrow screens the panel is a sheet over the map and the list: what it covers
            cannot be reached until it is closed. */}
        <div className="workspace__map" inert={sheetOpen}>
          <MapLegend arcs={view.arcs} onToggleArcs={toggleArcs} shownCities={mapCities.length} />
          <div className="workspace__map-frame">
            <MapRegion
              ref={mapRef}
              hub={hub}
              cities={mapCities}
              allCities={data.cities}
              selectedCityId={selectedCity?.id ?? null}
              onOpenCity={openCity}
              embedded={view.embedded}
              arcs={view.arcs}
            />
          </div>
        </div>
        <div className="workspace__side">
          {selectedCity && (
            <RegionBoundary key={selectedCity.id} region="panel">
              {panel.state === 'ready' ? (
                <panel.code
                  city={selectedCity}
                  visits={filtered.visitsByCity.get(selectedCity.id) ?? []}
                  totalVisits={index.visitsByCity.get(selectedCity.id)?.length ?? 0}
                  index={index}
                  focusOnOpen={focusPanel}
                  onClose={closeCity}
                  onOpenCity={openCity}
                />
              ) : (
                <CityPanelWaiting
                  cityId={selectedCity.id}
                  name={text(selectedCity.name)}
                  onRetry={panel.state === 'failed' ? panel.retry : undefined}
                  focusOnOpen={focusPanel}
                  onClose={closeCity}
                />
              )}
            </RegionBoundary>
          )}
          {/* The skip link's target: the list, or the summary it replaces until the link is followed. */}
          <div id="city-list" className="workspace__list" inert={sheetOpen} ref={listScrollRef}>
            <ToggleGroup
              className="side-switch"
              label={t.side.label}
              options={[
                { value: 'list', label: t.side.list },
                { value: 'summary', label: t.side.summary },
              ]}
              value={view.summary ? 'summary' : 'list'}
              onChange={showSide}
            />
            <RegionBoundary
              key={view.summary ? 'summary' : 'list'}
              region={view.summary ? 'summary' : 'list'}
            >
              {!view.summary ? (
                <CityList
                  cities={listCities}
                  onOpenCity={openCity}
                  headingRef={listHeadingRef}
                  scrollRef={listScrollRef}
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
        </div>
      </div>
    </>
  );
}
