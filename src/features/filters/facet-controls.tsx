import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import './facet-controls.css';
import './filter-chip.css';
import { CountryChoice } from './country-choice';
import { DirectionChoice } from './direction-choice';
import { directionOptions, relationOptions, toggled, yearSpan } from './facet-options';
import type { FacetCounts, FacetState } from './facets';
import { RelationChoice } from './relation-choice';
import type { GesturePhase } from './slider-gesture';
import { YearRangeChoice } from './year-range-choice';

export interface FacetControlsProps {
  /** Themes are not shown here: ThemeFilter owns them. */
  state: FacetState;
  counts: FacetCounts;
  /** Gets the facet that changed, with its new value. */
  onChange: (change: Partial<FacetState>) => void;
  /** A year slider's drag or run of arrow keys starts or ends: its changes are one step. */
  onGesture: (phase: GesturePhase) => void;
}

/**
 * Direction, relation, country and years, in a row that wraps. Each option shows its count
 * under the other facets; an option with nothing to show stays visible and focusable but
 * cannot be chosen (aria-disabled), and its name says why ("Z Poznania 0 wizyt").
 */
export function FacetControls({ state, counts, onChange, onGesture }: FacetControlsProps) {
  const { t } = useI18n();
  const headingId = useId();
  const span = yearSpan(counts.years);

  return (
    <section className="facet-controls" aria-labelledby={headingId}>
      {/* Below the h2 of the filter bar (ThemeFilter), beside its "Tematy wizyt". */}
      <h3 id={headingId} className="visually-hidden">
        {t.facets.heading}
      </h3>
      <div className="facet-controls__body">
        <DirectionChoice
          options={directionOptions(counts.directions, state.direction)}
          onChoose={(direction) => onChange({ direction })}
        />
        <RelationChoice
          options={relationOptions(counts.relations, state.relations)}
          onToggle={(relation) => onChange({ relations: toggled(state.relations, relation) })}
        />
        <CountryChoice
          counts={counts.countries}
          selected={state.countries}
          onChange={(countries) => onChange({ countries })}
        />
        {span ? (
          <YearRangeChoice
            span={span}
            chosen={state.years}
            counts={counts.years}
            onChange={(years) => onChange({ years })}
            onGesture={onGesture}
          />
        ) : null}
      </div>
    </section>
  );
}
