import { MARKER_COLORS, MARKER_POINTS, MARKER_SIZE, type MarkerKind } from './marker-symbol';

/** The same symbol as the map's markers, for legends and lists. */
export function MarkerSymbolImage({
  kind,
  size = MARKER_SIZE,
}: {
  kind: MarkerKind;
  size?: number;
}) {
  const points = MARKER_POINTS[kind];
  return (
    <svg width={size} height={size} viewBox="0 0 28 28" aria-hidden="true" focusable="false">
      <polygon
        points={points}
        fill="none"
        stroke="#111827"
        strokeWidth="4"
        strokeLinejoin="round"
      />
      <polygon
        points={points}
        fill={MARKER_COLORS[kind]}
        stroke="#ffffff"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}
