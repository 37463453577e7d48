import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { FacetGroup } from './facet-group';
import { moveYearEnd, shownYears, visitsInYears, yearsFilter } from './facet-options';
import type { FacetCounts, YearRange } from './facets';
import type { GesturePhase } from './slider-gesture';
import { useSliderGesture } from './use-slider-gesture';

/**
 * Two native sliders, so every key a slider takes (arrows, Page Up/Down, Home, End) works;
 * an end pushed past the other stops there. The whole span means no filter. They say when a
 * drag or a run of keys starts and ends, so that its many changes can be one step back.
 */
export function YearRangeChoice({
  span,
  chosen,
  counts,
  onChange,
  onGesture,
}: {
  span: YearRange;
  chosen: YearRange | null;
  counts: FacetCounts['years'];
  onChange: (years: YearRange | null) => void;
  onGesture: (phase: GesturePhase) => void;
}) {
  const { t, count } = useI18n();
  const gesture = useSliderGesture(onGesture);
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
              {...gesture}
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
