import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import './facet-controls.css';
import './filter-chip.css';
import { CountryChoice } from './country-choice';
import { DirectionChoice } from './direction-choice';
import {
  changeFacets,
  directionOptions,
  relationOptions,
  toggled,
  yearSpan,
} from './facet-options';
import type { FacetCounts, FacetState } from './facets';
import { RelationChoice } from './relation-choice';
import { YearRangeChoice } from './year-range-choice';

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
