import { useId } from 'react';
import type { City } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import { roundAnniversaries, signedYear } from './anniversaries';
import { ExternalLink } from './external-link';

interface PartnershipFactsProps {
  city: City;
  /** The years the data tells of, where a round anniversary is worth saying. */
  visitYears: ReadonlySet<number>;
}

/** What the City's sources say of a partnership: round anniversaries, areas, the City's page. */
export function PartnershipFacts({ city, visitYears }: PartnershipFactsProps) {
  const { t, text, count } = useI18n();
  const areasId = useId();
  const { partnership } = city;
  const since = signedYear(city.partnerSince, partnership?.signed);
  const anniversaries = since === undefined ? [] : roundAnniversaries(since, visitYears);
  const areas = partnership?.areas;
  if (anniversaries.length === 0 && !areas && !partnership?.url) return null;

  return (
    <div className="partnership">
      {anniversaries.map(({ years, inYear }) => (
        <p key={inYear} className="partnership__anniversary">
          {t.panel.anniversary(count(years, t.nouns.year), inYear)}
        </p>
      ))}
      {areas && (
        <>
          <h3 id={areasId} className="partnership__heading">
            {t.panel.areas}
          </h3>
          <ul className="theme-chips" aria-labelledby={areasId}>
            {areas.pl.map((area, position) => (
              <li key={position}>{text({ pl: area, en: areas.en[position] ?? area })}</li>
            ))}
          </ul>
        </>
      )}
      {partnership?.url && (
        <p className="partnership__link">
          <ExternalLink href={partnership.url}>{t.panel.partnerPage}</ExternalLink>
        </p>
      )}
    </div>
  );
}
