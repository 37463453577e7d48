import { latLng, type LatLng } from 'leaflet';
import { useI18n } from '../../../i18n/i18n-context';
import { useCallback, useEffect } from 'react';
import type { FocusBack } from '../../../ui/focus-back';
import { useMap } from 'react-leaflet';
import { ClusterMarker } from './cluster-marker';
import { useCityMarkers } from './use-city-markers';
import { LeaderLines } from './leader-lines';
import type { MapCity, MapHub } from '../map-city';
import type { SignState } from './offscreen-signs';
import { useOffscreenSigns } from './use-offscreen-signs';
import { prefersReducedMotion } from '../reduced-motion';
import { HUB_ID, useMarkerLayout } from './use-marker-layout';
import { useDrawnMark } from './use-drawn-mark';
import { cityLabel } from './city-label';
import type { CityMarkerState } from './city-markers';
import { useIsInView } from './use-is-in-view';
import { MapLoadFailed } from '../controls/map-load-failed';

interface CityLayerProps {
  hub: MapHub;
  cities: readonly MapCity[];
  selectedCityId: string | null;
  onOpenCity: (cityId: string, focusBack: FocusBack) => void;
}

/** Every city's marker, spread so none covers another, with signs for those out of view. */
export function CityLayer({ hub, cities, selectedCityId, onOpenCity }: CityLayerProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const map = useMap();
  const layout = useMarkerLayout(hub, cities);
  const isInView = useIsInView();
  const hubPlace = layout.places.get(HUB_ID);

  const showPlace = useCallback(
    (position: LatLng) => {
      const go = () => map.setView(position, map.getZoom(), { animate: !prefersReducedMotion() });
      // A zoom still animating would land on its own centre afterwards and undo the move:
      // wait for it. (Leaflet has no public flag for this.)
      if ((map as unknown as { _animatingZoom?: boolean })._animatingZoom) map.once('zoomend', go);
      else go();
    },
    [map],
  );

  useDrawnMark(layout.ready, cities.length, cities);

  const selectedCity = selectedCityId
    ? cities.find((city) => city.id === selectedCityId)
    : undefined;
  // An open city hidden in a cluster still shows, at its true place, over the cluster.
  const selectedPlace =
    (selectedCityId ? layout.places.get(selectedCityId) : undefined) ??
    (selectedCity && {
      true: latLng(selectedCity.lat, selectedCity.lng),
      shown: latLng(selectedCity.lat, selectedCity.lng),
      moved: false,
    });
  useEffect(
    function revealSelectedCity() {
      if (selectedPlace && !isInView(selectedPlace.shown)) showPlace(selectedPlace.shown);
    },
    // Only when the selection changes: panning away from an open city must stay possible.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selectedCityId],
  );

  const openFromSign = useCallback(
    (cityId: string, position: LatLng, focusBack: FocusBack) => {
      showPlace(position);
      onOpenCity(cityId, focusBack);
    },
    [showPlace, onOpenCity],
  );

  const offscreen: SignState[] = [];
  const markers: CityMarkerState[] = [];
  for (const city of cities) {
    const place =
      layout.places.get(city.id) ?? (city.id === selectedCityId ? selectedPlace : undefined);
    if (!place) continue;
    const inView = isInView(place.shown);
    // With clusters, the rest of the world is one pan or the list away: no sign for each city.
    const label = cityLabel(i18n, city);
    if (!inView && !layout.clustered)
      offscreen.push({ city, position: place.shown, label: t.map.offscreenCity(label) });
    markers.push({
      city,
      position: place.shown,
      label,
      selected: city.id === selectedCityId,
      inView,
    });
  }
  useCityMarkers({ hub, hubPosition: hubPlace?.shown, markers, onOpenCity });
  useOffscreenSigns(offscreen, openFromSign);

  return (
    <>
      <LeaderLines layout={layout.places} />
      {layout.clusters.map((cluster) => (
        <ClusterMarker
          key={cluster.id}
          cluster={cluster}
          inView={isInView(cluster.position)}
          expansionZoom={layout.expansionZoom}
        />
      ))}
      {layout.retryClustering && (
        <MapLoadFailed message={t.map.clusteringFailed} onRetry={layout.retryClustering} />
      )}
    </>
  );
}
