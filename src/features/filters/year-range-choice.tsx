import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { FacetGroup } from './facet-group';
import { moveYearEnd, shownYears, visitsInYears, yearsFilter } from './facet-options';
import type { FacetCounts, YearRange } from './facets';

/**
 * Two native sliders, so every key a slider takes (arrows, Page Up/Down, Home, End) works;
 * an end pushed past the other stops there. The whole span means no filter.
 */
export function YearRangeChoice({
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
