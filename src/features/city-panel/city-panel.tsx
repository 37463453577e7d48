import './city-panel.css';
import { useId, useMemo } from 'react';
import type { CooperationIndex } from '../../data/cooperation-index';
import type { City, Visit } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { MarkerSymbolImage } from '../../ui/marker-symbol-image';
import { PanelHeading } from './panel-heading';
import { PartnershipFacts } from './partnership-facts';
import { VisitCard } from './visit-card';

interface CityPanelProps {
  city: City;
  /** The visits that match the filters. */
  visits: readonly Visit[];
  /** All the city's visits, to say how many the filter hides. */
  totalVisits: number;
  index: CooperationIndex;
  /** Move focus to the heading when the panel opens (not when it opens from a link). */
  focusOnOpen: boolean;
  onClose: () => void;
  onOpenCity: (cityId: string) => void;
}

/** The city's details: a labelled region beside the map, or a bottom sheet on phones. */
export function CityPanel({
  city,
  visits,
  totalVisits,
  index,
  focusOnOpen,
  onClose,
  onOpenCity,
}: CityPanelProps) {
  const { t, text, count, countryName, formatDate } = useI18n();
  const headingId = useId();
  const visitYears = useMemo(
    () => new Set(index.data.visits.map((visit) => visit.year)),
    [index.data.visits],
  );

  const signed = city.partnership?.signed;
  const relation =
    city.relation !== 'partner'
      ? t.panel.informal
      : signed !== undefined
        ? t.panel.partnerSinceDate(formatDate(signed))
        : city.partnerSince !== undefined
          ? t.panel.partnerSince(city.partnerSince)
          : t.panel.partner;

  return (
    <section className="city-panel" aria-labelledby={headingId}>
      <header className="city-panel__header">
        <PanelHeading
          id={headingId}
          cityId={city.id}
          name={text(city.name)}
          focusOnOpen={focusOnOpen}
          onClose={onClose}
        />
        <p className="city-panel__country">{countryName(city.country)}</p>
        <p className="city-panel__relation">
          <MarkerSymbolImage kind={city.relation} size={18} /> {relation}
        </p>
        {city.description && <p className="city-panel__description">{text(city.description)}</p>}
        {city.relation === 'partner' && <PartnershipFacts city={city} visitYears={visitYears} />}
      </header>
      <div className="city-panel__body">
        <p className="city-panel__visits-heading">
          {t.panel.visitsHeading}: {count(visits.length, t.nouns.visit)}
        </p>
        {totalVisits === 0 && <p className="city-panel__empty">{t.panel.noVisits}</p>}
        {totalVisits > 0 && visits.length === 0 && (
          <p className="city-panel__empty">{t.panel.noMatchingVisits}</p>
        )}
        {visits.length > 0 && visits.length < totalVisits && (
          <p className="city-panel__filtered">
            {t.panel.filteredVisits(visits.length, totalVisits)}
          </p>
        )}
        <ol className="city-panel__visits">
          {visits.map((visit) => (
            <li key={visit.id}>
              <VisitCard visit={visit} index={index} cityId={city.id} onOpenCity={onOpenCity} />
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
