import { DivIcon } from 'leaflet';
import { MARKER_SIZE, markerSvgMarkup, type MarkerKind } from '../../../ui/marker-symbol';

function createIcon(kind: MarkerKind): DivIcon {
  return new DivIcon({
    html: markerSvgMarkup(kind),
    className: `city-marker city-marker--${kind}`,
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
  });
}

/** Created once: a new icon object would make react-leaflet rebuild the marker's element. */
export const MARKER_ICONS: Record<MarkerKind, DivIcon> = {
  hub: createIcon('hub'),
  partner: createIcon('partner'),
  informal: createIcon('informal'),
};
