import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { Direction, Relation } from '../../data/schema';
import { useI18n } from '../../i18n/i18n-context';
import type { PluralForms } from '../../i18n/plural';
import './facet-controls.css';
import './filter-chip.css';
import {
  changeFacets,
  countryOptions,
  directionOptions,
  moveYearEnd,
  relationOptions,
  shownYears,
  toggled,
  visitsInYears,
  yearSpan,
  yearsFilter,
  type FacetOption,
} from './facet-options';
import type { FacetCounts, FacetState, YearRange } from './facets';

export interface FacetControlsProps {
  /** Themes pass through untouched: ThemeFilter owns them. */
  state: FacetState;
  counts: FacetCounts;
  /** Gets the facet fields only, even when `state` is a wider object such as the view state. */
  onChange: (next: FacetState) => void;
}

/**
 * Direction, relation, country and years, in a row that wraps. Each option shows its count
 * under the other facets; an option with nothing to show stays visible and focusable but
 * cannot be chosen (aria-disabled), and its name says why ("Z Poznania 0 wizyt").
 */
export function FacetControls({ state, counts, onChange }: FacetControlsProps) {
  const { t } = useI18n();
  const headingId = useId();
  const span = yearSpan(counts.years);
  const change = (update: Partial<FacetState>) => onChange(changeFacets(state, update));

  return (
    <section className="facet-controls" aria-labelledby={headingId}>
      {/* Below the h2 of the filter bar (ThemeFilter), beside its "Tematy wizyt". */}
      <h3 id={headingId} className="visually-hidden">
        {t.facets.heading}
      </h3>
      <div className="facet-controls__body">
        <DirectionChoice
          options={directionOptions(counts.directions, state.direction)}
          onChoose={(direction) => change({ direction })}
        />
        <RelationChoice
          options={relationOptions(counts.relations, state.relations)}
          onToggle={(relation) => change({ relations: toggled(state.relations, relation) })}
        />
        <CountryChoice
          counts={counts.countries}
          selected={state.countries}
          onChange={(countries) => change({ countries })}
        />
        {span ? (
          <YearRangeChoice
            span={span}
            chosen={state.years}
            counts={counts.years}
            onChange={(years) => change({ years })}
          />
        ) : null}
      </div>
    </section>
  );
}

interface CountedToggleProps {
  label: string;
  option: FacetOption<unknown>;
  /** What the count counts: visits or cities. */
  noun: PluralForms;
  onPress: () => void;
}

/** A toggle button showing its count; disabled ones keep focus so their name can explain. */
function CountedToggle({ label, option, noun, onPress }: CountedToggleProps) {
  const { t, count, formatNumber } = useI18n();
  return (
    <button
      type="button"
      className="filter-chip"
      aria-label={t.facets.option(label, count(option.count, noun))}
      aria-pressed={option.selected}
      aria-disabled={option.disabled}
      onClick={() => !option.disabled && onPress()}
    >
      <span className="filter-chip__check" aria-hidden="true">
        {option.selected ? '✓' : ''}
      </span>
      {label} <span className="filter-chip__count">{formatNumber(option.count)}</span>
    </button>
  );
}

/** A row of controls named by the visible caption above them. */
function FacetGroup({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  const labelId = useId();
  return (
    <div className={`facet-group ${className}`} role="group" aria-labelledby={labelId}>
      <span id={labelId} className="facet-group__label">
        {label}
      </span>
      {children}
    </div>
  );
}

/**
 * One of three, as toggle buttons like the view switch: a radio group would move the choice
 * with the arrow keys onto options that show nothing.
 */
function DirectionChoice({
  options,
  onChoose,
}: {
  options: readonly FacetOption<Direction | null>[];
  onChoose: (direction: Direction | null) => void;
}) {
  const { t } = useI18n();
  return (
    <FacetGroup label={t.facets.direction.label} className="facet-direction">
      <div className="facet-group__options">
        {options.map((option) => (
          <CountedToggle
            key={option.value ?? 'all'}
            label={t.facets.direction[option.value ?? 'all']}
            option={option}
            noun={t.nouns.visit}
            onPress={() => !option.selected && onChoose(option.value)}
          />
        ))}
      </div>
    </FacetGroup>
  );
}

/** Any of the two kinds of cooperation; none chosen means both. */
function RelationChoice({
  options,
  onToggle,
}: {
  options: readonly FacetOption<Relation>[];
  onToggle: (relation: Relation) => void;
}) {
  const { t } = useI18n();
  return (
    <FacetGroup label={t.facets.relation.label} className="facet-relation">
      <div className="facet-group__options">
        {options.map((option) => (
          <CountedToggle
            key={option.value}
            label={t.facets.relation[option.value]}
            option={option}
            noun={t.nouns.city}
            onPress={() => onToggle(option.value)}
          />
        ))}
      </div>
    </FacetGroup>
  );
}

/**
 * A disclosure button opening a list of checkboxes (the APG disclosure pattern, not a listbox:
 * checkboxes are what a reader expects to tick several of). The list closes on Escape, with
 * focus back on the button, on a press outside it, and when Tab leaves it.
 */
function CountryChoice({
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

/**
 * Two native sliders, so every key a slider takes (arrows, Page Up/Down, Home, End) works;
 * an end pushed past the other stops there. The whole span means no filter.
 */
function YearRangeChoice({
  span,
  chosen,
  counts,
  onChange,
}: {
  span: YearRange;
  chosen: YearRange | null;
  counts: FacetCounts['years'];
  onChange: (years: YearRange | null) => void;
}) {
  const { t, count } = useI18n();
  const inputId = useId();
  const resultId = useId();
  const range = shownYears(span, chosen);
  const ends = ['from', 'to'] as const;

  return (
    <FacetGroup label={t.facets.years.label} className="facet-years">
      <div className="facet-years__ends">
        {ends.map((end) => (
          <div key={end} className="facet-years__end">
            <label htmlFor={`${inputId}-${end}`}>{t.facets.years[end]}</label>
            {/* The slider tells screen readers its value itself. */}
            <span className="facet-years__value" aria-hidden="true">
              {range[end]}
            </span>
            <input
              id={`${inputId}-${end}`}
              type="range"
              min={span.from}
              max={span.to}
              step={1}
              value={range[end]}
              aria-describedby={resultId}
              onChange={(event) =>
                onChange(yearsFilter(span, moveYearEnd(range, end, Number(event.target.value))))
              }
            />
          </div>
        ))}
      </div>
      <p id={resultId} className="facet-years__result">
        {t.facets.years.result(
          range.from,
          range.to,
          count(visitsInYears(counts, range), t.nouns.visit),
        )}
      </p>
    </FacetGroup>
  );
}
