import './map-legend.css';
import { useI18n } from '../../../i18n/i18n-context';
import { MarkerSymbolImage } from '../../../ui/marker-symbol-image';
import { MAX_ARC_CITIES } from '../lines/arc-style';
import { ArcsLegend } from '../lines/arcs-legend';

/** What the marker shapes and the lines mean, and the switch for the lines. */
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
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title" className="map-legend__title">
        {t.legend.title}
      </h2>
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
    </section>
  );
}
