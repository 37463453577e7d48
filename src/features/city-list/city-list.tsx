import { useId, useMemo, useState, type Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { MarkerSymbolImage } from '../../ui/marker-symbol-image';
import { ToggleGroup } from '../../ui/toggle-group';
import { groupCities, type Grouping, type ListCity } from './group-cities';

interface CityListProps {
  /** The same cities the map shows, under the same filters. */
  cities: readonly ListCity[];
  onOpenCity: (cityId: string) => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * The text equivalent of the map: every city the map shows, grouped by country or by kind of
 * cooperation and sorted by name in the interface language, each opening the same panel.
 */
export function CityList({ cities, onOpenCity, headingRef }: CityListProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  const [grouping, setGrouping] = useState<Grouping>('country');
  const groups = useMemo(() => {
    const collator = new Intl.Collator(language);
    return groupCities(
      cities,
      grouping,
      collator.compare,
      (relation) => t.list.relations[relation],
    );
  }, [cities, grouping, language, t]);

  return (
    <section className="city-list" id="city-list" aria-labelledby={headingId}>
      <div className="city-list__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="city-list__title">
          {t.list.heading}
        </h2>
        <ToggleGroup
          className="city-list__grouping"
          label={t.list.groupBy}
          options={[
            { value: 'country', label: t.list.byCountry },
            { value: 'relation', label: t.list.byRelation },
          ]}
          value={grouping}
          onChange={setGrouping}
        />
      </div>
      {groups.length === 0 ? (
        <p className="city-list__empty">{t.list.empty}</p>
      ) : (
        groups.map((group) => (
          <section
            key={group.key}
            className="city-list__group"
            aria-labelledby={`${headingId}-${group.key}`}
          >
            <h3 id={`${headingId}-${group.key}`}>{group.label}</h3>
            <ul>
              {group.cities.map((city) => (
                <li key={city.id}>
                  <button
                    type="button"
                    className="city-list__city"
                    data-city-id={city.id}
                    aria-label={`${city.name}, ${city.details}`}
                    onClick={() => onOpenCity(city.id)}
                  >
                    <MarkerSymbolImage kind={city.relation} size={20} />
                    <span className="city-list__text">
                      <span className="city-list__name">{city.name}</span>
                      <span className="city-list__details">{city.details}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
