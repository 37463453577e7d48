import { DivIcon, type LeafletKeyboardEvent, type Marker as LeafletMarker } from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, useMap } from 'react-leaflet';
import { useI18n } from '../../../i18n/i18n-context';
import { prefersReducedMotion } from '../reduced-motion';
import { CLUSTER_SIZE, type ClusterPlace } from './use-marker-layout';

/** Created once; the count is written into it as text, never as HTML. */
const CLUSTER_ICON = new DivIcon({
  html: '<span class="cluster-marker__count" aria-hidden="true"></span>',
  className: 'cluster-marker',
  iconSize: [CLUSTER_SIZE, CLUSTER_SIZE],
  iconAnchor: [CLUSTER_SIZE / 2, CLUSTER_SIZE / 2],
});

interface ClusterMarkerProps {
  cluster: ClusterPlace;
  /** Off-screen clusters leave the Tab order, like off-screen city markers. */
  inView: boolean;
  expansionZoom: (clusterId: number) => number;
}

/** Nearby cities as one numbered button that zooms in until they part, by click, Enter or Space. */
export const ClusterMarker = memo(function ClusterMarker({
  cluster,
  inView,
  expansionZoom,
}: ClusterMarkerProps) {
  const map = useMap();
  const { t, count, formatNumber } = useI18n();
  const markerRef = useRef<LeafletMarker>(null);
  const { id, center } = cluster;

  const eventHandlers = useMemo(() => {
    const open = () => {
      map.setView(center, expansionZoom(id), { animate: !prefersReducedMotion() });
      // The cluster is gone after the zoom: keyboard focus waits on the map, before its markers.
      if (markerRef.current?.getElement()?.contains(document.activeElement)) {
        map.getContainer().focus({ preventScroll: true });
      }
    };
    return {
      click: open,
      keydown: (event: LeafletKeyboardEvent) => {
        const key = event.originalEvent.key;
        if (key === 'Enter' || key === ' ') {
          event.originalEvent.preventDefault();
          open();
        }
      },
    };
  }, [map, id, center, expansionZoom]);

  // The whole number, not a shortened "1,5 tys.": the name must contain what the marker
  // shows (WCAG 2.5.3 Label in Name), and axe reads a shortened one as a mismatch.
  const shownCount = formatNumber(cluster.count);
  const label = t.map.clusterMarker(
    count(cluster.count, t.nouns.city),
    cluster.top.map((city) => city.name).join(', '),
  );

  useEffect(
    function describeCluster() {
      const element = markerRef.current?.getElement();
      if (!element) return;
      element.setAttribute('aria-label', label);
      element.title = label;
      const counter = element.querySelector('.cluster-marker__count');
      if (counter) counter.textContent = shownCount;
      element.tabIndex = inView ? 0 : -1;
      if (inView) element.removeAttribute('aria-hidden');
      else element.setAttribute('aria-hidden', 'true');
    },
    [label, shownCount, inView],
  );

  return (
    <Marker
      ref={markerRef}
      position={cluster.position}
      icon={CLUSTER_ICON}
      eventHandlers={eventHandlers}
      keyboard
      riseOnHover
    />
  );
});
