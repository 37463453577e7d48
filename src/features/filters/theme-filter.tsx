import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import './filter-chip.css';
import './theme-filter.css';

export interface ThemeOption {
  id: string;
  label: string;
  /** Visits with this theme. */
  visits: number;
}

interface ThemeFilterProps {
  themes: readonly ThemeOption[];
  selected: ReadonlySet<string>;
  onToggle: (themeId: string) => void;
  onClear: () => void;
  shownCities: number;
  totalCities: number;
  /** Folded behind a "Filtry" button (phones, embedded maps). */
  compact: boolean;
  /** Only the search box and the count, the rest out of reach (a bottom sheet's peek). */
  peek?: boolean;
  /** How many filters of any facet are on (themes, direction, relation, countries, years). */
  activeFilters: number;
  /** Shown in the bar, never folded away: the search box. */
  search?: ReactNode;
  /** The other facets, below the themes. */
  children?: ReactNode;
}

/**
 * The filters: a search box, toggle buttons one per theme (several selected means any of
 * them), the other facets, the number of cities shown and a button clearing every filter.
 */
export function ThemeFilter({
  themes,
  selected,
  onToggle,
  onClear,
  shownCities,
  totalCities,
  compact,
  peek = false,
  activeFilters,
  search,
  children,
}: ThemeFilterProps) {
  const { t, count, formatNumber } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const headingId = useId();

  return (
    <section
      className="theme-filter"
      aria-labelledby={headingId}
      data-compact={compact}
      data-expanded={expanded && !peek}
    >
      <div className="theme-filter__bar">
        <h2 id={headingId} className="theme-filter__heading">
          {t.filters.heading}
        </h2>
        {search && <div className="theme-filter__search">{search}</div>}
        {!peek && (
          <button
            type="button"
            className="theme-filter__toggle"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((value) => !value)}
          >
            {t.filters.toggle(activeFilters)}
          </button>
        )}
        <p className="theme-filter__result" role="status">
          {t.filters.result(formatNumber(shownCities), formatNumber(totalCities))}
        </p>
        {!peek && (
          <button
            type="button"
            className="theme-filter__clear"
            // aria-disabled, not disabled: the button keeps focus after clearing.
            aria-disabled={activeFilters === 0}
            onClick={() => activeFilters > 0 && onClear()}
          >
            {t.filters.clear}
          </button>
        )}
      </div>
      <div id={listId} className="theme-filter__body">
        <h3 className="theme-filter__subheading">{t.filters.themesHeading}</h3>
        <p className="theme-filter__hint">{t.filters.hint}</p>
        <ul className="theme-filter__list">
          {themes.map((theme) => {
            const pressed = selected.has(theme.id);
            return (
              <li key={theme.id}>
                <button
                  type="button"
                  className="filter-chip"
                  aria-label={t.facets.option(theme.label, count(theme.visits, t.nouns.visit))}
                  aria-pressed={pressed}
                  aria-disabled={theme.visits === 0 && !pressed}
                  onClick={() => (theme.visits > 0 || pressed) && onToggle(theme.id)}
                >
                  <span className="filter-chip__check" aria-hidden="true">
                    {pressed ? '✓' : ''}
                  </span>
                  {theme.label}{' '}
                  <span className="filter-chip__count">{formatNumber(theme.visits)}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {children}
      </div>
    </section>
  );
}
