import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';

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
  /** Folded behind a "Tematy" button (phones, embedded maps). */
  compact: boolean;
}

/** Toggle buttons, one per theme; several selected means any of them. */
export function ThemeFilter({
  themes,
  selected,
  onToggle,
  onClear,
  shownCities,
  totalCities,
  compact,
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
      data-expanded={expanded}
    >
      <div className="theme-filter__bar">
        <h2 id={headingId} className="theme-filter__heading">
          {t.filters.heading}
        </h2>
        <button
          type="button"
          className="theme-filter__toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((value) => !value)}
        >
          {t.filters.toggle(selected.size)}
        </button>
        <p className="theme-filter__result" role="status">
          {t.filters.result(formatNumber(shownCities), formatNumber(totalCities))}
        </p>
        <button
          type="button"
          className="theme-filter__clear"
          // aria-disabled, not disabled: the button keeps focus after clearing.
          aria-disabled={selected.size === 0}
          onClick={() => selected.size > 0 && onClear()}
        >
          {t.filters.clear}
        </button>
      </div>
      <div id={listId} className="theme-filter__body">
        <p className="theme-filter__hint">{t.filters.hint}</p>
        <ul className="theme-filter__list">
          {themes.map((theme) => {
            const pressed = selected.has(theme.id);
            return (
              <li key={theme.id}>
                <button
                  type="button"
                  className="theme-toggle"
                  aria-label={t.filters.themeButton(
                    theme.label,
                    count(theme.visits, t.nouns.visit),
                  )}
                  aria-pressed={pressed}
                  aria-disabled={theme.visits === 0 && !pressed}
                  onClick={() => (theme.visits > 0 || pressed) && onToggle(theme.id)}
                >
                  <span className="theme-toggle__check" aria-hidden="true">
                    {pressed ? '✓' : ''}
                  </span>
                  {theme.label}
                  <span className="theme-toggle__count">{theme.visits}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
