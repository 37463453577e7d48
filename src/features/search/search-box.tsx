import { useEffect, useId, useMemo, useReducer, useRef, type KeyboardEvent } from 'react';
import { focusBackTo, type FocusBack } from '../../ui/focus-back';
import { LoadFailed } from '../../ui/load-failed';
import { activeIndex, initialComboboxState, keyAction, reduceCombobox } from './combobox-state';
import { isSearchableQuery, type Suggestion } from './search-cities';
import type { SearchBoxLabels } from './search-labels';
import { SearchListbox } from './search-listbox';
import { useDebouncedValue } from './use-debounced-value';
import './search-box.css';

interface SearchBoxProps {
  /** Suggestions for what was typed; a new function (another language) recomputes them. */
  suggest: (query: string) => readonly Suggestion[];
  /** Gets the way back to the text field, for when what the city opened closes. */
  onChoose: (cityId: string, focusBack: FocusBack) => void;
  labels: SearchBoxLabels;
  /** The field got focus: a moment to get the search ready before the first letter. */
  onFocus?: () => void;
  /** The search is not ready yet: no suggestion is not "nothing found". */
  loading?: boolean;
  /** The search could not be loaded: said under the field, with a way to try again. */
  failed?: { message: string; onRetry: () => void };
  /** The suggestions open above the field (a field at the bottom of the screen). */
  opensUp?: boolean;
}

/** Long enough to skip the counts of a word being typed, short enough to follow a pause. */
const ANNOUNCE_DELAY_MS = 500;

/**
 * A text field with a list of suggested cities (the WAI-ARIA APG combobox with list
 * autocomplete): the arrows move through the suggestions, Enter or a click opens the city.
 */
export function SearchBox({
  suggest,
  onChoose,
  labels,
  onFocus,
  loading = false,
  failed,
  opensUp = false,
}: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  const [state, dispatch] = useReducer(reduceCombobox, initialComboboxState);
  const suggestions = useMemo(() => suggest(state.query), [suggest, state.query]);
  const inputId = useId();
  const labelId = useId();
  const listboxId = useId();

  const expanded = state.open && suggestions.length > 0;
  const optionId = (suggestion: Suggestion) => `${listboxId}-${suggestion.id}`;
  const active = activeIndex(state, suggestions.length);
  const activeSuggestion = suggestions[active];
  const activeId = activeSuggestion ? optionId(activeSuggestion) : undefined;
  const searched = !loading && state.open && isSearchableQuery(state.query);
  const announcement = !searched
    ? ''
    : suggestions.length > 0
      ? labels.count(suggestions.length)
      : labels.noResults;
  const spoken = useDebouncedValue(announcement, ANNOUNCE_DELAY_MS);

  useEffect(
    function keepActiveOptionInView() {
      if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
    },
    [activeId],
  );

  function choose(index: number) {
    const chosen = suggestions[index];
    if (!chosen) return;
    dispatch({ type: 'choose', index });
    onChoose(chosen.cityId, focusBackTo(input.current));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter or Escape that ends an input method's composition (Japanese, Chinese) is not ours.
    if (event.nativeEvent.isComposing) return;
    const outcome = keyAction(state, event, suggestions.length);
    if (!outcome) return;
    // Also tells the page's own Escape handler (closing the city panel) to leave this one be.
    if (outcome.preventDefault) event.preventDefault();
    if (outcome.action.type === 'choose') choose(outcome.action.index);
    else dispatch(outcome.action);
  }

  return (
    <div className="search-box" role="search" data-opens={opensUp ? 'up' : 'down'}>
      <label id={labelId} htmlFor={inputId} className="search-box__label">
        {labels.label}
      </label>
      <div className="search-box__field">
        <input
          ref={input}
          id={inputId}
          className="search-box__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder={labels.placeholder}
          value={state.query}
          onChange={(event) => dispatch({ type: 'type', query: event.target.value })}
          onKeyDown={onKeyDown}
          onBlur={() => dispatch({ type: 'close' })}
          onFocus={onFocus}
        />
        <SearchListbox
          id={listboxId}
          labelledBy={labelId}
          suggestions={suggestions}
          activeIndex={active}
          hidden={!expanded}
          optionId={optionId}
          matchReason={labels.matchReason}
          onChoose={choose}
        />
        {failed ? (
          <div className="search-box__failed">
            <LoadFailed
              message={failed.message}
              onRetry={() => {
                failed.onRetry();
                // Back where the reader was typing (the button goes once the search is here),
                // with the suggestions for what was typed before.
                input.current?.focus();
                if (state.query.trim() !== '') dispatch({ type: 'open' });
              }}
            />
          </div>
        ) : searched && suggestions.length === 0 ? (
          <p className="search-box__empty">{labels.noResults}</p>
        ) : null}
      </div>
      {/* A live region, not role="status": the filters' own status (the number of cities
          shown) stays the one status of the filter bar. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spoken}
      </p>
    </div>
  );
}
