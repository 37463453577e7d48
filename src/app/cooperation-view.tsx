import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildIndex } from '../data/cooperation-index';
import type { Cooperation } from '../data/schema';
import { CityPanel } from '../features/city-panel/city-panel';
import { countVisitsByTheme, filterByThemes } from '../features/filters/filter-visits';
import { ThemeFilter } from '../features/filters/theme-filter';
import { CooperationMap } from '../features/map/cooperation-map';
import type { MapCity, MapHub } from '../features/map/map-city';
import { MapLegend } from '../features/map/map-legend';
import { useI18n } from '../i18n/i18n-context';
import { sanitizeViewState, type ViewState } from './url-state';

export interface ViewProps {
  view: ViewState;
  setView: (update: (view: ViewState) => ViewState) => void;
}

/** The map, the filters and the panel over one loaded data file: the only place features meet. */
export function CooperationView({
  data,
  view: rawView,
  setView,
}: ViewProps & { data: Cooperation }) {
  const i18n = useI18n();
  const { t, text, count, countryName } = i18n;
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

  const mapCities: MapCity[] = useMemo(
    () =>
      filtered.cities.map((city) => {
        const name = text(city.name);
        const visits = filtered.visitsByCity.get(city.id)?.length ?? 0;
        return {
          id: city.id,
          lat: city.lat,
          lng: city.lng,
          kind: city.relation,
          name,
          label: t.map.cityMarker(name, countryName(city.country), count(visits, t.nouns.visit)),
        };
      }),
    [filtered, text, t, count, countryName],
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

  const closeCity = useCallback(() => {
    const cityId = view.city;
    setView((current) => ({ ...current, city: null }));
    const opener = openerRef.current;
    const marker = cityId
      ? document.querySelector<HTMLElement>(`[data-city-id="${CSS.escape(cityId)}"]`)
      : null;
    const target = opener?.isConnected && opener.tabIndex >= 0 ? opener : marker;
    (target ?? document.querySelector<HTMLElement>('.cooperation-map'))?.focus();
  }, [setView, view.city]);

  useEffect(
    function closeOnEscape() {
      if (!view.city) return;
      function onKeyDown(event: KeyboardEvent) {
        if (event.key === 'Escape' && !event.defaultPrevented) closeCity();
      }
      document.addEventListener('keydown', onKeyDown);
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown);
      };
    },
    [view.city, closeCity],
  );

  const selectedCity = view.city ? index.citiesById.get(view.city) : undefined;
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
      />
      <div className="workspace" data-panel-open={selectedCity ? 'true' : 'false'}>
        <div className="workspace__map">
          <MapLegend />
          <div className="workspace__map-frame">
            <CooperationMap
              hub={hub}
              cities={mapCities}
              allCities={data.cities}
              selectedCityId={selectedCity?.id ?? null}
              onOpenCity={openCity}
            />
          </div>
        </div>
        {selectedCity && (
          <CityPanel
            city={selectedCity}
            visits={filtered.visitsByCity.get(selectedCity.id) ?? []}
            totalVisits={index.visitsByCity.get(selectedCity.id)?.length ?? 0}
            index={index}
            focusOnOpen={focusPanel}
            onClose={closeCity}
            onOpenCity={openCity}
          />
        )}
      </div>
    </>
  );
}
