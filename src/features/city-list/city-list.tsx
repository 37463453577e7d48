import './city-list.css';
import { useId, useMemo, useState, type Ref, type RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { lazyCode } from '../../lib/lazy-code';
import type { FocusBack } from '../../ui/focus-back';
import { LoadFailed } from '../../ui/load-failed';
import { ToggleGroup } from '../../ui/toggle-group';
import { CityButton } from './city-button';
import { groupCities, type Grouping, type ListCity } from './group-cities';

/** Longer lists keep only the rows in sight in the page (find-in-page then sees only those). */
export const VIRTUALIZE_ABOVE = 300;
/** Loaded only for such long lists: today's data never downloads the virtualizer. */
const { useCode: useVirtualGroups } = lazyCode('The long list', () =>
  import('./virtual-groups').then((module) => module.VirtualGroups),
);

interface CityListProps {
  /** The same cities the map shows, under the same filters. */
  cities: readonly ListCity[];
  /** Gets the way back to the city's row, for when the panel closes. */
  onOpenCity: (cityId: string, focusBack: FocusBack) => void;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The element the list scrolls in. */
  scrollRef: RefObject<HTMLElement | null>;
}

/**
 * The text equivalent of the map: every city the map shows, grouped by country or by kind of
 * cooperation and sorted by name in the interface language, each opening the same panel.
 */
export function CityList({ cities, onOpenCity, headingRef, scrollRef }: CityListProps) {
  const { t, language } = useI18n();
  const headingId = useId();
  const [grouping, setGrouping] = useState<Grouping>('country');
  const virtual = useVirtualGroups(cities.length > VIRTUALIZE_ABOVE);
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
    <section className="city-list" aria-labelledby={headingId}>
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
      ) : cities.length > VIRTUALIZE_ABOVE ? (
        virtual.state === 'ready' ? (
          <virtual.code
            groups={groups}
            headingIdPrefix={headingId}
            scrollRef={scrollRef}
            onOpenCity={onOpenCity}
          />
        ) : virtual.state === 'failed' ? (
          <LoadFailed message={t.list.codeFailed} onRetry={virtual.retry} />
        ) : (
          <p className="city-list__empty">{t.list.loading}</p>
        )
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
                  <CityButton city={city} onOpenCity={onOpenCity} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
