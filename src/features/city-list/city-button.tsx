import type { Ref } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { focusBackTo, type FocusBack } from '../../ui/focus-back';
import { MarkerSymbolImage } from '../../ui/marker-symbol-image';
import type { ListCity } from './group-cities';

/** One city of the list: its symbol, name and details; opens the city's panel. */
export function CityButton({
  city,
  onOpenCity,
  ref,
}: {
  city: ListCity;
  /** Gets the way back to this button, for when the panel closes. */
  onOpenCity: (cityId: string, focusBack: FocusBack) => void;
  ref?: Ref<HTMLButtonElement>;
}) {
  const { t, count } = useI18n();
  // Made for the rows drawn only: a long list draws a few dozen of its thousands.
  const details = t.list.details(city.countryName, count(city.visits, t.nouns.visit));
  return (
    <button
      ref={ref}
      type="button"
      className="city-list__city"
      data-city-id={city.id}
      aria-label={`${city.name}, ${details}`}
      onClick={(event) => onOpenCity(city.id, focusBackTo(event.currentTarget))}
    >
      <MarkerSymbolImage kind={city.relation} size={20} />
      <span className="city-list__text">
        {/* The space keeps "Mińsk" and "Białoruś" apart in the visible text that the name
            must contain (WCAG 2.5.3 Label in Name); the flex column does not show it. */}
        <span className="city-list__name">{city.name}</span>{' '}
        <span className="city-list__details">{details}</span>
      </span>
    </button>
  );
}
