/** The three marker kinds; partner and informal cities differ by shape as well as colour. */
export type MarkerKind = 'hub' | 'partner' | 'informal';

export const MARKER_SIZE = 28;

function starPoints(cx: number, cy: number, outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(
      `${(cx + radius * Math.cos(angle)).toFixed(2)},${(cy + radius * Math.sin(angle)).toFixed(2)}`,
    );
  }
  return points.join(' ');
}

/** The outline of each kind as an SVG polygon in a 28 × 28 box (a circle is a 24-gon). */
export const MARKER_POINTS: Record<MarkerKind, string> = {
  hub: starPoints(14, 14.8, 12.5, 5.6),
  partner: '14,2.5 25.5,14 14,25.5 2.5,14',
  informal: Array.from({ length: 24 }, (_, i) => {
    const angle = (i * Math.PI) / 12;
    return `${(14 + 9.5 * Math.cos(angle)).toFixed(2)},${(14 + 9.5 * Math.sin(angle)).toFixed(2)}`;
  }).join(' '),
};

export const MARKER_COLORS: Record<MarkerKind, string> = {
  hub: '#b91c1c',
  partner: '#1d4ed8',
  informal: '#c2410c',
};

/**
 * The marker as SVG markup, for Leaflet's DivIcon. Built only from the constants above, never
 * from data, because DivIcon parses its html.
 */
export function markerSvgMarkup(kind: MarkerKind): string {
  const points = MARKER_POINTS[kind];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${MARKER_SIZE}" height="${MARKER_SIZE}" ` +
    `viewBox="0 0 28 28" aria-hidden="true" focusable="false">` +
    `<polygon points="${points}" fill="none" stroke="#111827" stroke-width="4" stroke-linejoin="round"/>` +
    `<polygon points="${points}" fill="${MARKER_COLORS[kind]}" stroke="#ffffff" stroke-width="2" stroke-linejoin="round"/>` +
    `</svg>`
  );
}

const SVG = 'http://www.w3.org/2000/svg';

/** The marker as an SVG element, for code that draws without React (the map's signs). */
export function markerSymbolElement(kind: MarkerKind, size = MARKER_SIZE): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of [
    ['width', String(size)],
    ['height', String(size)],
    ['viewBox', '0 0 28 28'],
    ['aria-hidden', 'true'],
    ['focusable', 'false'],
  ] as const) {
    svg.setAttribute(name, value);
  }
  for (const [fill, stroke, width] of [
    ['none', '#111827', '4'],
    [MARKER_COLORS[kind], '#ffffff', '2'],
  ] as const) {
    const polygon = document.createElementNS(SVG, 'polygon');
    polygon.setAttribute('points', MARKER_POINTS[kind]);
    polygon.setAttribute('fill', fill);
    polygon.setAttribute('stroke', stroke);
    polygon.setAttribute('stroke-width', width);
    polygon.setAttribute('stroke-linejoin', 'round');
    svg.append(polygon);
  }
  return svg;
}
