import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildIndex } from '../data/cooperation-index';
import type { Cooperation, LocalizedText } from '../data/schema';
import { CityList } from '../features/city-list/city-list';
import type { ListCity } from '../features/city-list/group-cities';
import { CityPanel } from '../features/city-panel/city-panel';
import { countVisitsByTheme, filterByThemes } from '../features/filters/filter-visits';
import { ThemeFilter } from '../features/filters/theme-filter';
import { CooperationMap } from '../features/map/cooperation-map';
import type { MapCity, MapHub } from '../features/map/map-city';
import { MapLegend } from '../features/map/map-legend';
import { useI18n } from '../i18n/i18n-context';
import { ToggleGroup } from '../ui/toggle-group';
import { NARROW, useMediaQuery } from '../ui/use-media-query';
import { isEmbedded } from './embed';
import { sanitizeViewState, type ViewState } from './url-state';

export interface ViewProps {
  view: ViewState;
  setView: (update: (view: ViewState) => ViewState) => void;
}

/** On phones the map and the list take turns; wide screens show both. */
export type Mode = 'map' | 'list';

/** The map, the filters and the panel over one loaded data file: the only place features meet. */
function sortByName<T extends { name: LocalizedText }>(
  cities: readonly T[],
  text: (value: LocalizedText) => string,
  language: string,
): T[] {
  const collator = new Intl.Collator(language);
  return [...cities].sort((a, b) => collator.compare(text(a.name), text(b.name)));
}

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
  const embedded = useMemo(() => isEmbedded(), []);
  const { t, text, count, countryName, language } = i18n;
  const index = useMemo(() => buildIndex(data), [data]);
  const view = useMemo(
    () =>
      sanitizeViewState(rawView, {
        cityIds: new Set(index.citiesById.keys()),
        themeIds: new Set(index.themesById.keys()),
      }),
    [rawView, index],
  );
  const selection = useMemo(() => new Set(view.themes), [view.themes]);
  const filtered = useMemo(() => filterByThemes(index, selection), [index, selection]);
  const themeCounts = useMemo(() => countVisitsByTheme(data.visits), [data.visits]);

  const hub: MapHub = useMemo(() => {
    const name = text(data.hub.name);
    return {
      lat: data.hub.lat,
      lng: data.hub.lng,
      name,
      label: t.map.hubMarker(name, countryName(data.hub.country)),
    };
  }, [data.hub, text, t, countryName]);

  // Markers in alphabetical order, so Tab walks the map as a reader walks the list. Sorted
  // once per language; a filter change only picks from this order.
  const citiesByName = useMemo(
    () => sortByName(data.cities, text, language),
    [data.cities, text, language],
  );
  const mapCities: MapCity[] = useMemo(
    () =>
      citiesByName
        .filter((city) => filtered.visitsByCity.has(city.id))
        .map((city) => {
          const name = text(city.name);
          const visits = filtered.visitsByCity.get(city.id)?.length ?? 0;
          return {
            id: city.id,
            lat: city.lat,
            lng: city.lng,
            kind: city.relation,
            name,
            visits,
            label: t.map.cityMarker(name, countryName(city.country), count(visits, t.nouns.visit)),
          };
        }),
    [citiesByName, filtered, text, t, count, countryName],
  );

  // In name order already, so the list's grouping finds each group sorted (no second sort).
  const listCities: ListCity[] = useMemo(
    () =>
      citiesByName
        .filter((city) => filtered.visitsByCity.has(city.id))
        .map((city) => {
          const countryLabel = countryName(city.country);
          const visits = filtered.visitsByCity.get(city.id)?.length ?? 0;
          return {
            id: city.id,
            name: text(city.name),
            country: city.country,
            countryName: countryLabel,
            relation: city.relation,
            details: t.list.details(countryLabel, count(visits, t.nouns.visit)),
          };
        }),
    [citiesByName, filtered, text, t, count, countryName],
  );

  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const listScrollRef = useRef<HTMLDivElement>(null);
  useEffect(
    function focusListOnRequest() {
      if (listFocusRequest > 0) listHeadingRef.current?.focus();
    },
    [listFocusRequest],
  );

  // Focus goes to the panel when a person opens a city, and back to where they were on close.
  const [focusPanel, setFocusPanel] = useState(false);
  const openerRef = useRef<HTMLElement | null>(null);

  const openCity = useCallback(
    (cityId: string) => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && !active.closest('.city-panel'))
        openerRef.current = active;
      setFocusPanel(true);
      setView((current) => ({ ...current, city: cityId }));
    },
    [setView],
  );

  // Focus returns once the panel has closed (and the list, hidden under it, shows again).
  const returnFocusRef = useRef<string | null>(null);
  const closeCity = useCallback(() => {
    returnFocusRef.current = view.city;
    setView((current) => ({ ...current, city: null }));
  }, [setView, view.city]);
  useEffect(
    function returnFocusAfterClose() {
      const cityId = returnFocusRef.current;
      if (!cityId || view.city) return;
      returnFocusRef.current = null;
      const opener = openerRef.current;
      const marker = document.querySelector<HTMLElement>(
        `.cooperation-map [data-city-id="${CSS.escape(cityId)}"]`,
      );
      const target = opener?.isConnected && opener.tabIndex >= 0 ? opener : marker;
      (target ?? document.querySelector<HTMLElement>('.cooperation-map'))?.focus();
    },
    [view.city],
  );

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

  const selectedCity = view.city ? index.citiesById.get(view.city) : undefined;
  const sheetOpen = narrow && Boolean(selectedCity);
  useEffect(
    function titleFollowsView() {
      document.title = selectedCity ? `${text(selectedCity.name)} – ${t.app.title}` : t.app.title;
    },
    [selectedCity, text, t],
  );

  const toggleTheme = useCallback(
    (themeId: string) =>
      setView((current) => ({
        ...current,
        themes: current.themes.includes(themeId)
          ? current.themes.filter((id) => id !== themeId)
          : [...current.themes, themeId],
      })),
    [setView],
  );
  const clearThemes = useCallback(
    () => setView((current) => ({ ...current, themes: [] })),
    [setView],
  );

  return (
    <>
      <ThemeFilter
        themes={data.themes.map((theme) => ({
          id: theme.id,
          label: text(theme.label),
          visits: themeCounts.get(theme.id) ?? 0,
        }))}
        selected={selection}
        onToggle={toggleTheme}
        onClear={clearThemes}
        shownCities={filtered.cities.length}
        totalCities={data.cities.length}
        compact={narrow || embedded}
      />
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
          <MapLegend />
          <div className="workspace__map-frame">
            <CooperationMap
              hub={hub}
              cities={mapCities}
              allCities={data.cities}
              selectedCityId={selectedCity?.id ?? null}
              onOpenCity={openCity}
              embedded={embedded}
            />
          </div>
        </div>
        <div className="workspace__side">
          {selectedCity ? (
            <CityPanel
              city={selectedCity}
              visits={filtered.visitsByCity.get(selectedCity.id) ?? []}
              totalVisits={index.visitsByCity.get(selectedCity.id)?.length ?? 0}
              index={index}
              focusOnOpen={focusPanel}
              onClose={closeCity}
              onOpenCity={openCity}
            />
          ) : null}
          <div className="workspace__list" inert={sheetOpen} ref={listScrollRef}>
            <CityList
              cities={listCities}
              onOpenCity={openCity}
              headingRef={listHeadingRef}
              scrollRef={listScrollRef}
            />
          </div>
        </div>
      </div>
    </>
  );
}
