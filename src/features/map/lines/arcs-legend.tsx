import './arcs-legend.css';
import { useI18n } from '../../../i18n/i18n-context';
import {
  ARC_OPACITY,
  ARC_STYLES,
  arcDashArray,
  MAX_ARC_CITIES,
  type ArcDirection,
} from './arc-style';

const SAMPLE_WEIGHT = 3;

/** A short stretch of a line as the map draws it: its colour, and dashed or not. */
function ArcSample({ direction }: { direction: ArcDirection }) {
  const dashArray = arcDashArray(direction, SAMPLE_WEIGHT);
  return (
    <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="6"
        x2="34"
        y2="6"
        stroke={ARC_STYLES[direction].color}
        strokeOpacity={ARC_OPACITY}
        strokeWidth={SAMPLE_WEIGHT}
        strokeLinecap={dashArray ? 'butt' : 'round'}
        strokeDasharray={dashArray}
      />
    </svg>
  );
}

/** A thin and a thick stretch: the width tells the number of visits. */
function WeightSample() {
  return (
    <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line x1="2" y1="6" x2="14" y2="6" stroke="#374151" strokeWidth="1.5" />
      <line x1="20" y1="6" x2="34" y2="6" stroke="#374151" strokeWidth="6" />
    </svg>
  );
}

interface ArcsLegendProps {
  shown: boolean;
  onToggle: (shown: boolean) => void;
  /** Too many cities shown: the lines would be a tangle and slow; the switch explains. */
  tooMany: boolean;
}

/** The switch for the lines from Poznań and, while they show, what their looks mean. */
export function ArcsLegend({ shown, onToggle, tooMany }: ArcsLegendProps) {
  const { t, formatNumber } = useI18n();
  return (
    <div className="arcs-legend">
      <label className="arcs-legend__toggle">
        <input
          type="checkbox"
          checked={shown}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        {t.arcs.toggle}
      </label>
      {shown && tooMany && (
        <p className="arcs-legend__note">{t.arcs.tooMany(formatNumber(MAX_ARC_CITIES))}</p>
      )}
      {shown && !tooMany && (
        // role="list": Safari drops list semantics from a list styled without bullets.
        <ul className="arcs-legend__items" role="list">
          <li>
            <ArcSample direction="outgoing" /> {t.arcs.outgoing}
          </li>
          <li>
            <ArcSample direction="incoming" /> {t.arcs.incoming}
          </li>
          <li>
            <WeightSample /> {t.arcs.weight}
          </li>
        </ul>
      )}
    </div>
  );
}
