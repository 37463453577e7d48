import { NameText } from '../../ui/name-text';
import type { CooperationIndex } from '../../data/cooperation-index';
import type { Participant, Visit } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { ExternalLink } from './external-link';

interface VisitCardProps {
  visit: Visit;
  index: CooperationIndex;
  /** The city whose panel shows this visit; the others the visit concerns are listed. */
  cityId: string;
  onOpenCity: (cityId: string) => void;
}

function ParticipantItem({ participant }: { participant: Participant }) {
  const { t, count } = useI18n();
  return (
    <li>
      <span>
        <NameText value={participant.name} />
      </span>
      {participant.count !== undefined && (
        <span> ({count(participant.count, t.nouns.person)})</span>
      )}
      <span className={`participant-side participant-side--${participant.side}`}>
        {t.panel.sides[participant.side]}
      </span>
    </li>
  );
}

/** One visit: what, when, which way, who, where, about what, and where it is reported. */
export function VisitCard({ visit, index, cityId, onOpenCity }: VisitCardProps) {
  const { t, text, count, formatDate } = useI18n();
  const otherCities = visit.cityIds
    .filter((id) => id !== cityId)
    .flatMap((id) => index.citiesById.get(id) ?? []);
  const source = index.sourcesById.get(visit.sourceId);

  return (
    <article className="visit-card">
      <h3 className="visit-card__title">{text(visit.title)}</h3>
      <p className={`visit-card__direction visit-card__direction--${visit.direction}`}>
        {visit.direction === 'incoming' ? t.panel.incoming : t.panel.outgoing}
      </p>
      <dl className="visit-card__facts">
        <div>
          <dt>{visit.date ? t.panel.date : t.panel.year}:</dt>{' '}
          <dd>{visit.date ? formatDate(visit.date) : visit.year}</dd>
        </div>
        {visit.durationDays !== undefined && (
          <div>
            <dt>{t.panel.duration}:</dt> <dd>{count(visit.durationDays, t.nouns.day)}</dd>
          </div>
        )}
      </dl>
      <p className="visit-card__summary">{text(visit.summary)}</p>
      {otherCities.length > 0 && (
        <p className="visit-card__also">
          {t.panel.alsoWith}{' '}
          {otherCities.map((city, position) => (
            <span key={city.id}>
              {position > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onOpenCity(city.id)}>
                {text(city.name)}
              </button>
            </span>
          ))}
        </p>
      )}
      {visit.participants.length > 0 && (
        <section className="visit-card__section">
          <h4>{t.panel.participants}</h4>
          <ul className="visit-card__participants">
            {visit.participants.map((participant, position) => (
              <ParticipantItem key={position} participant={participant} />
            ))}
          </ul>
        </section>
      )}
      {visit.places && visit.places.length > 0 && (
        <section className="visit-card__section">
          <h4>{t.panel.places}</h4>
          <ul className="visit-card__places">
            {visit.places.map((place, position) => (
              <li key={position}>
                <NameText value={place.name} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {visit.themes.length > 0 && (
        <section className="visit-card__section">
          <h4>{t.panel.themes}</h4>
          <ul className="theme-chips">
            {visit.themes.map((themeId) => {
              const theme = index.themesById.get(themeId);
              return <li key={themeId}>{theme ? text(theme.label) : themeId}</li>;
            })}
          </ul>
        </section>
      )}
      {visit.note && (
        <p className="visit-card__note">
          <strong>{t.panel.note}:</strong> {text(visit.note)}
        </p>
      )}
      <p className="visit-card__source">
        {t.panel.source}:{' '}
        {!source ? (
          visit.sourceId
        ) : source.url ? (
          <ExternalLink href={source.url}>{text(source.title)}</ExternalLink>
        ) : (
          text(source.title)
        )}
      </p>
    </article>
  );
}
