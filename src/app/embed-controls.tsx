import type { Ref } from 'react';
import { useI18n } from '../i18n/i18n-context';
import './embed-layout.css';

interface EmbedControlsProps {
  /** Whether the panel shows the filters and the list (not folded, no city open in it). */
  filtersShown: boolean;
  onToggleFilters: () => void;
  /** How many filters of any facet are on. */
  activeFilters: number;
  shownCities: number;
  totalCities: number;
  /** Where focus returns when the panel is closed from inside it. */
  buttonRef: Ref<HTMLButtonElement>;
}

/**
 * The embedded map's controls over its top-left corner: the "Filtry" button that opens the
 * panel (filters and list) and, while the panel is closed, how many cities the map shows. With
 * the panel open its own count says it, so that one live count speaks at a time.
 */
export function EmbedControls({
  filtersShown,
  onToggleFilters,
  activeFilters,
  shownCities,
  totalCities,
  buttonRef,
}: EmbedControlsProps) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="embed-controls">
      <button
        ref={buttonRef}
        type="button"
        className="embed-controls__filters"
        aria-expanded={filtersShown}
        aria-controls="side-panel"
        data-active={activeFilters > 0}
        // The name says what the badge shows: "Filtry (wybrane: 2)".
        aria-label={t.filters.toggle(activeFilters)}
        onClick={onToggleFilters}
      >
        {t.filters.heading}
        {activeFilters > 0 && (
          <span className="embed-controls__badge">{formatNumber(activeFilters)}</span>
        )}
      </button>
      {!filtersShown && (
        <p className="embed-controls__count" role="status">
          {t.filters.result(formatNumber(shownCities), formatNumber(totalCities))}
        </p>
      )}
    </div>
  );
}
