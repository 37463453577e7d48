import type { Suggestion } from './search-cities';
import type { SearchBoxLabels } from './search-labels';

interface SearchListboxProps {
  id: string;
  labelledBy: string;
  suggestions: readonly Suggestion[];
  /** The option with visual focus, or -1. */
  activeIndex: number;
  hidden: boolean;
  optionId: (suggestion: Suggestion) => string;
  matchReason: SearchBoxLabels['matchReason'];
  onChoose: (index: number) => void;
}

/** The suggestions: each a city's name and, unless the name itself matched, why it is here. */
export function SearchListbox({
  id,
  labelledBy,
  suggestions,
  activeIndex,
  hidden,
  optionId,
  matchReason,
  onChoose,
}: SearchListboxProps) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-labelledby={labelledBy}
      className="search-box__listbox"
      hidden={hidden}
      // Keeps focus in the text field, so a click (or a drag on the scrollbar) does not close the list.
      onMouseDown={(event) => event.preventDefault()}
    >
      {suggestions.map((suggestion, index) => {
        const active = index === activeIndex;
        return (
          <li
            key={suggestion.id}
            id={optionId(suggestion)}
            role="option"
            aria-selected={active}
            className={`search-box__option${active ? ' search-box__option--active' : ''}`}
            onClick={() => onChoose(index)}
          >
            <span className="search-box__option-name">{suggestion.cityName}</span>
            {suggestion.kind === 'city' ? null : (
              <span className="search-box__option-reason">
                {matchReason(suggestion.kind, suggestion.matchedText)}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
