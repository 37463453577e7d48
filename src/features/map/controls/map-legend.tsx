import { useId, useState } from 'react';
import './map-legend.css';
import { useI18n } from '../../../i18n/i18n-context';
import { MarkerSymbolImage } from '../../../ui/marker-symbol-image';
import { MAX_ARC_CITIES } from '../lines/arc-style';
import { ArcsLegend } from '../lines/arcs-legend';

/**
 * What the marker shapes and the lines mean, and the switch for the lines: a small control
 * over the map that opens on demand, so the map keeps its room.
 */
export function MapLegend({
  arcs,
  onToggleArcs,
  shownCities,
}: {
  arcs: boolean;
  onToggleArcs: (shown: boolean) => void;
  shownCities: number;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const cardId = useId();
  return (
    <section className="map-legend" aria-labelledby="map-legend-title" data-open={open}>
      <h2 className="map-legend__title">
        <button
          id="map-legend-title"
          type="button"
          className="map-legend__toggle"
          aria-expanded={open}
          aria-controls={cardId}
          onClick={() => setOpen((value) => !value)}
        >
          {t.legend.title}
        </button>
      </h2>
      <div id={cardId} className="map-legend__card" hidden={!open}>
        <ul className="map-legend__items">
          <li>
            <MarkerSymbolImage kind="hub" size={22} /> {t.legend.hub}
          </li>
          <li>
            <MarkerSymbolImage kind="partner" size={22} /> {t.legend.partner}
          </li>
          <li>
            <MarkerSymbolImage kind="informal" size={22} /> {t.legend.informal}
          </li>
        </ul>
        <ArcsLegend shown={arcs} onToggle={onToggleArcs} tooMany={shownCities > MAX_ARC_CITIES} />
      </div>
    </section>
  );
}
