import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { countryOptions, toggled } from './facet-options';
import type { FacetCounts } from './facets';

/**
 * A disclosure button opening a list of checkboxes (the APG disclosure pattern, not a listbox:
 * checkboxes are what a reader expects to tick several of). The list closes on Escape, with
 * focus back on the button, on a press outside it, and when Tab leaves it.
 */
export function CountryChoice({
  counts,
  selected,
  onChange,
}: {
  counts: FacetCounts['countries'];
  selected: readonly string[];
  onChange: (countries: string[]) => void;
}) {
  const { t, count, countryName, formatNumber, language } = useI18n();
  const [open, setOpen] = useState(false);
  // Opens towards the side with room: a button near the right edge gets its panel leftwards.
  const [alignEnd, setAlignEnd] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const hintId = useId();
  const compare = useMemo(() => new Intl.Collator(language).compare, [language]);
  // Sorted only while open: up to 150 names, and the list changes with every filter.
  const options = useMemo(
    () => (open ? countryOptions(counts, selected, countryName, compare) : []),
    [open, counts, selected, countryName, compare],
  );

  useEffect(
    function closeOnPressOutside() {
      if (!open) return;
      function onPointerDown(event: PointerEvent) {
        if (event.target instanceof Node && rootRef.current?.contains(event.target)) return;
        setOpen(false);
      }
      // Capture: the map's controls stop their presses from bubbling.
      document.addEventListener('pointerdown', onPointerDown, true);
      return function stopListening() {
        document.removeEventListener('pointerdown', onPointerDown, true);
      };
    },
    [open],
  );

  function closeOnEscape(event: KeyboardEvent<HTMLDivElement>) {
    if (!open || event.key !== 'Escape') return;
    // Also tells the page's Escape (closing the city panel) that this one is handled.
    event.preventDefault();
    setOpen(false);
    buttonRef.current?.focus();
  }

  function closeWhenFocusLeaves(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget;
    if (open && next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
  }

  return (
    <div
      ref={rootRef}
      className="facet-country"
      onKeyDown={closeOnEscape}
      onBlur={closeWhenFocusLeaves}
    >
      <button
        ref={buttonRef}
        type="button"
        className="facet-country__button"
        aria-expanded={open}
        aria-controls={panelId}
        data-chosen={selected.length > 0}
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          setAlignEnd(box.left > window.innerWidth / 2);
          setOpen((value) => !value);
        }}
      >
        {t.facets.country.button(selected.length)}
        <span className="facet-country__arrow" aria-hidden="true" />
      </button>
      <div
        id={panelId}
        className="facet-country__panel"
        data-align={alignEnd ? 'end' : 'start'}
        hidden={!open}
      >
        <div className="facet-country__top">
          <p id={hintId} className="facet-country__hint">
            {t.facets.country.hint}
          </p>
          <button
            type="button"
            className="facet-controls__clear"
            // aria-disabled, not disabled: the button keeps focus after clearing.
            aria-disabled={selected.length === 0}
            onClick={() => selected.length > 0 && onChange([])}
          >
            {t.facets.country.clear}
          </button>
        </div>
        <div role="group" aria-label={t.facets.country.label} aria-describedby={hintId}>
          <ul className="facet-country__list">
            {options.map((option) => (
              <li key={option.value}>
                <label className="facet-country__option" data-disabled={option.disabled}>
                  <input
                    type="checkbox"
                    checked={option.selected}
                    aria-label={t.facets.option(option.name, count(option.count, t.nouns.city))}
                    aria-disabled={option.disabled}
                    // Left unchanged when disabled, React puts the box back as it was.
                    onChange={() => !option.disabled && onChange(toggled(selected, option.value))}
                  />
                  <span className="facet-country__name">{option.name}</span>{' '}
                  <span className="filter-chip__count">{formatNumber(option.count)}</span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
