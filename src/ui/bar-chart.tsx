import './bar-chart.css';
import { barPercents } from './bar-scale';

export interface BarChartRow {
  key: string;
  label: string;
  value: number;
}

interface BarChartProps {
  /** What the chart shows, e.g. "Wizyty według tematu"; it names the figure. */
  title: string;
  rows: readonly BarChartRow[];
  /** A value as read aloud and shown beside its bar, e.g. "3 wizyty". */
  valueText: (value: number) => string;
}

/** Wide enough to see at any zoom, so a zero reads as "none" rather than "missing". */
const HAIRLINE_PX = 2;

/**
 * A horizontal bar chart whose text is the chart: each row's label and value are HTML (a
 * description list, read by screen readers as term and value), so they wrap at 320 px and
 * scale with the text at 200% zoom. The bars beside them are drawing only, hidden from
 * assistive technology, one small SVG per row so a wrapped label never misaligns them.
 */
export function BarChart({ title, rows, valueText }: BarChartProps) {
  const percents = barPercents(rows.map((row) => row.value));
  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart__title">{title}</figcaption>
      <dl className="bar-chart__rows">
        {rows.map((row, position) => {
          const percent = percents[position] ?? 0;
          return (
            <div className="bar-chart__row" key={row.key}>
              <dt className="bar-chart__label">{row.label}</dt>
              <dd className="bar-chart__datum">
                <svg className="bar-chart__bar" aria-hidden="true" focusable="false">
                  <rect
                    className="bar-chart__fill"
                    x="0"
                    y="0"
                    height="100%"
                    width={percent > 0 ? `${percent}%` : HAIRLINE_PX}
                  />
                </svg>
                <span className="bar-chart__value">{valueText(row.value)}</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </figure>
  );
}
