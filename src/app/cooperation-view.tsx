import { useCallback, useEffect, useRef, useState } from 'react';
import type { Cooperation } from '../data/schema';
import { activeChoices } from '../features/filters/facet-options';
import type { FacetState } from '../features/filters/facets';
import type { MapFocus } from '../features/map/cooperation-map';
import { MapLegend } from '../features/map/controls/map-legend';
import { useI18n } from '../i18n/i18n-context';
import type { FocusBack } from '../ui/focus-back';
import { NARROW } from '../ui/breakpoints';
import { useMediaQuery } from '../ui/use-media-query';
import { BottomSheet } from './bottom-sheet';
import { CityPanelRegion } from './city-panel-region';
import { EmbedControls } from './embed-controls';
import { EMBED_OVERLAY, layoutClasses } from './embed-layout';
import { FilterBar } from './filter-bar';
import { MapRegion } from './map-region';
import type { SheetRest } from './sheet-drag';
import { SideRegion, type SideFocus } from './side-region';
import type { ViewState } from './url-state';
import { useCloseOnEscape } from './use-close-on-escape';
import { useFocusReturn } from './use-focus-return';
import { useGestureHistory } from './use-gesture-history';
import { useShownData } from './use-shown-data';
import type { SetView } from './use-view-state';
import * as actions from './view-actions';
import { useAfterFirstPaint } from '../lib/use-after-first-paint';

export interface ViewProps {
  view: ViewState;
  setView: SetView;
}

/** The map, the filters and the panel over one loaded data file: the only place features meet. */
export function CooperationView({
  data,
  view: rawView,
  setView,
  listFocusRequest,
}: ViewProps & {
  data: Cooperation;
  /** Grows each time someone follows the "skip to the list" link: the list takes focus. */
  listFocusRequest: number;
}) {
  const { t, text } = useI18n();
  const embedded = rawView.embedded;
  // An embedded map has its own layout at every width (embed-layout.css), never the phone's.
  const narrow = useMediaQuery(NARROW) && !embedded;
  const overlaid = useMediaQuery(EMBED_OVERLAY) && embedded;
  const layout = layoutClasses(embedded);
  // The panel's contents come a frame after the map: the map's signs are drawn first.
  const painted = useAfterFirstPaint();
  const shown = useShownData(data, rawView);
  const { index, known, view, filtered, counts } = shown;
  const selectedCity = view.city ? index.citiesById.get(view.city) : undefined;
  const sheetOpen = narrow && Boolean(selectedCity);
  // Not in the address: a reader's choice of room for this visit, not part of what a link
  // shows. Folded at the skip link's request count it was folded at: following the link
  // again, or opening a city, brings the panel back.
  // Embedded, the map starts alone.
  const [foldedAt, setFoldedAt] = useState<number | null>(embedded ? listFocusRequest : null);
  const sideShown = foldedAt !== listFocusRequest || Boolean(selectedCity);
  // The phone's sheet, likewise: peeking at the request count it was folded at, so following
  // the skip link expands it. A city's panel fills it while open; closed, the sheet rests
  // where it was.
  const [peekAt, setPeekAt] = useState<number | null>(listFocusRequest);
  const sheetRest: SheetRest = peekAt === listFocusRequest ? 'peek' : 'expanded';
  const restSheet = useCallback(
    (rest: SheetRest) => setPeekAt(rest === 'peek' ? listFocusRequest : null),
    [listFocusRequest],
  );
  const sideRef = useRef<SideFocus>(null);
  const filtersButton = useRef<HTMLButtonElement>(null);

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
  useCloseOnEscape(Boolean(selectedCity), closeCity);
  /** "← Wyniki": on a phone the sheet shows the results, and focus goes to them. */
  /**
   * "← Wyniki": back to the results, unfolding the panel if the city opened alone; on a phone
   * the sheet shows the results, and focus goes to them.
   */
  const backToResults = useCallback(() => {
    setFoldedAt(null);
    if (narrow) {
      closing(() => sideRef.current?.focusList() ?? false);
      restSheet('expanded');
    } else {
      closing();
    }
    setView(actions.closeCity);
  }, [narrow, closing, restSheet, setView]);
  const filtersShown = sideShown && !selectedCity;
  /** The embedded map's "Filtry": shows the filters and the list, or folds them away. */
  const toggleFilters = useCallback(() => {
    if (selectedCity) setView(actions.closeCity);
    setFoldedAt(filtersShown ? listFocusRequest : null);
  }, [selectedCity, setView, filtersShown, listFocusRequest]);
  const foldFilters = useCallback(() => {
    setFoldedAt(listFocusRequest);
    filtersButton.current?.focus();
  }, [listFocusRequest]);
  useCloseOnEscape(embedded && filtersShown, foldFilters);

  const { onGesture, change: changeInGesture } = useGestureHistory(setView);
  const changeFacets = useCallback(
    (change: Partial<FacetState>) => changeInGesture(actions.setFacets(change, known)),
    [changeInGesture, known],
  );

  useEffect(
    function titleFollowsView() {
      document.title = selectedCity ? `${text(selectedCity.name)} – ${t.app.title}` : t.app.title;
    },
    [selectedCity, text, t],
  );

  const sheet = narrow
    ? {
        rest: selectedCity ? ('city' as const) : sheetRest,
        onRest: restSheet,
        handleLabel: t.sheet.handle,
      }
    : null;

  const side = (
    <BottomSheet
      key="side"
      id="side-panel"
      className={layout.side}
      label={t.side.panel}
      hidden={!sideShown && !narrow}
      sheet={sheet}
    >
      {painted && (
        <>
          <div className={layout.filters}>
            <FilterBar
              data={data}
              index={index}
              filters={view}
              counts={counts}
              shownCities={filtered.cities.length}
              compact={narrow}
              peek={sheet?.rest === 'peek'}
              onToggleTheme={(themeId) => setView(actions.toggleTheme(themeId, known))}
              onClear={() => setView(actions.clearFilters)}
              onChangeFacets={changeFacets}
              onGesture={onGesture}
              onChooseCity={openCity}
            />
          </div>
          {selectedCity && (
            <button type="button" className={layout.back} onClick={backToResults}>
              <span aria-hidden="true">← </span>
              {t.side.back}
            </button>
          )}
          <CityPanelRegion
            city={selectedCity}
            filtered={filtered}
            index={index}
            focusOnOpen={focusPanel}
            onClose={closeCity}
            onOpenCity={openCity}
          />
          <SideRegion
            ref={sideRef}
            showSummary={view.summary}
            onShowSide={(side) => setView(actions.showSide(side))}
            cities={shown.listCities}
            onOpenCity={openCity}
            filtered={shown.listFiltered}
            index={index}
            filterLabels={shown.filterLabels}
            inert={sheetOpen}
            listFocusRequest={listFocusRequest}
          />
        </>
      )}
    </BottomSheet>
  );

  // A city's sheet covers part of the map, an embedded map's panel all of a small frame: what
  // they cover cannot be reached until they close.
  const map = (
    <div key="map" className={layout.map} inert={sheetOpen || (overlaid && sideShown)}>
      <div className={layout.mapFrame}>
        {/* While a city is open its panel has its own way back; the fold waits. */}
        {!selectedCity && !narrow && !embedded && (
          <button
            type="button"
            className="workspace__side-toggle"
            aria-expanded={sideShown}
            aria-controls="side-panel"
            onClick={() => setFoldedAt(sideShown ? listFocusRequest : null)}
          >
            <span aria-hidden="true">{sideShown ? '‹ ' : '› '}</span>
            {sideShown ? t.side.hide : t.side.show}
          </button>
        )}
        <MapRegion
          ref={mapRef}
          hub={shown.hub}
          cities={shown.mapCities}
          allCities={data.cities}
          selectedCityId={selectedCity?.id ?? null}
          onOpenCity={openCity}
          embedded={embedded}
          arcs={view.arcs}
        />
        <MapLegend
          arcs={view.arcs}
          onToggleArcs={(shown) => setView(actions.showArcs(shown))}
          shownCities={shown.mapCities.length}
        />
      </div>
    </div>
  );

  return (
    <div
      className={layout.root}
      data-panel-open={selectedCity ? 'true' : 'false'}
      data-side={sideShown ? 'shown' : 'hidden'}
      data-sheet={sheet?.rest}
    >
      {/* Before the panel it opens, in the reading order; over the map's corner on screen. */}
      {embedded && (
        <EmbedControls
          filtersShown={filtersShown}
          onToggleFilters={toggleFilters}
          activeFilters={view.themes.length + activeChoices(view)}
          shownCities={filtered.cities.length}
          totalCities={data.cities.length}
          buttonRef={filtersButton}
        />
      )}
      {/* In the reading order as on the screen: the panel at the map's left on wide screens,
          the sheet below the map on phones. Keyed, so neither is rebuilt when they swap. */}
      {narrow ? [map, side] : [side, map]}
    </div>
  );
}
