/**
 * What the map's legend and the lines share: the limit, the look of each direction and the
 * input. The geometry (arc-lines.ts, great-circle.ts) loads only with the lines themselves.
 */

export type ArcDirection = 'incoming' | 'outgoing';

/**
 * Above this many shown cities no lines are drawn: thousands of lines are a tangle, not a
 * picture, and redrawing them takes most of a second on a phone-class CPU (see npm run bench).
 */
export const MAX_ARC_CITIES = 1000;

/** A shown city and how many of its shown visits go each way. */
export interface CityArcs {
  cityId: string;
  lat: number;
  lng: number;
  /** Visits to Poznań from this city. */
  incoming: number;
  /** Poznań's visits to this city. */
  outgoing: number;
}

/**
 * How each direction is drawn. Outgoing is solid and incoming dashed, so the two differ
 * without colour; both colours, at this opacity, keep 3:1 against the land and the sea
 * (WCAG 1.4.11, checked in arc-lines.test.ts). Green and indigo as the panel's direction badges.
 */
export const ARC_STYLES: Record<ArcDirection, { color: string; dashed: boolean }> = {
  incoming: { color: '#166534', dashed: true },
  outgoing: { color: '#4338ca', dashed: false },
};
export const ARC_OPACITY = 0.85;

/** The dash pattern of a line `weight` px wide: dashes grow with the line, so they stay dashes. */
export function arcDashArray(direction: ArcDirection, weight: number): string | undefined {
  if (!ARC_STYLES[direction].dashed) return undefined;
  const dash = Math.max(6, Math.round(weight * 2.5));
  const gap = Math.max(4, Math.round(weight * 1.5));
  return `${dash} ${gap}`;
}
