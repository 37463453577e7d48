import { useI18n } from '../../i18n/i18n-context';
import { MarkerSymbolImage } from '../../ui/marker-symbol-image';

/** What the marker shapes mean. */
export function MapLegend() {
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
    </section>
  );
}
