import { MarkerSymbolImage } from '../../ui/marker-symbol-image';
import type { ListCity } from './group-cities';

/** One city of the list: its symbol, name and details; opens the city's panel. */
export function CityButton({
  city,
  onOpenCity,
}: {
  city: ListCity;
  onOpenCity: (cityId: string) => void;
}) {
  return (
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
  );
}
