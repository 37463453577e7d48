import { useId } from 'react';
import { BarChart } from '../../ui/bar-chart';
import './summary-panel.css';
import type { Summary } from './summarize';

/** Every text the summary shows, from i18n. */
export interface SummaryLabels {
  heading: string;
  /** "8 wizyt": also each bar's value. */
  visits: (count: number) => string;
  cities: (count: number) => string;
  countries: (count: number) => string;
  byThemeTitle: string;
  byYearTitle: string;
  themeLabel: (themeId: string) => string;
  yearLabel: (year: number) => string;
  /** Shown instead of the charts when the filters leave no visit. */
  empty: string;
}

interface SummaryPanelProps {
  summary: Summary;
  labels: SummaryLabels;
}

/** What the filters show, in numbers: visits, cities and countries, then visits by theme and year. */
export function SummaryPanel({ summary, labels }: SummaryPanelProps) {
  const headingId = useId();
  return (
    <section className="summary-panel" aria-labelledby={headingId}>
      <h2 className="summary-panel__heading" id={headingId}>
        {labels.heading}
      </h2>
      {/* role="list": Safari drops list semantics from a list styled without bullets. */}
      <ul className="summary-panel__counts" role="list">
        <li>{labels.visits(summary.visits)}</li>
        <li>{labels.cities(summary.cities)}</li>
        <li>{labels.countries(summary.countries)}</li>
      </ul>
      {summary.visits === 0 ? (
        <p className="summary-panel__empty">{labels.empty}</p>
      ) : (
        <div className="summary-panel__charts">
          {summary.byTheme.length > 0 && (
            <BarChart
              title={labels.byThemeTitle}
              rows={summary.byTheme.map((entry) => ({
                key: entry.themeId,
                label: labels.themeLabel(entry.themeId),
                value: entry.visits,
              }))}
              valueText={labels.visits}
            />
          )}
          <BarChart
            title={labels.byYearTitle}
            rows={summary.byYear.map((entry) => ({
              key: String(entry.year),
              label: labels.yearLabel(entry.year),
              value: entry.visits,
            }))}
            valueText={labels.visits}
          />
        </div>
      )}
    </section>
  );
}
