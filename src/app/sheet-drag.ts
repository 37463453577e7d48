/** Where the bottom sheet rests on a phone: only the search and the count, or the whole panel. */
export type SheetRest = 'peek' | 'expanded';

/** A drag of the sheet's handle, in CSS pixels, downwards positive. */
export interface SheetDrag {
  from: SheetRest;
  /** How far the finger has moved since it pressed the handle. */
  travel: number;
  /** How far the sheet's top moves between its two rests. */
  range: number;
  /** How fast the finger was moving when it lifted, in pixels per millisecond. */
  velocity: number;
}

/** A finger on the handle that moves less than this is a tap: the button's own click. */
export const TAP_SLOP = 8;
/** A flick this fast sends the sheet its way, however short the drag. */
const FLICK = 0.5;
/** Dragged this share of the way, the sheet goes on to the other rest; less, it returns. */
const SWITCH_SHARE = 0.25;

/** Whether a drag has gone far enough to be one, rather than a tap. */
export function isDrag(travel: number): boolean {
  return Math.abs(travel) >= TAP_SLOP;
}

/** Where the sheet's top follows the finger, below its expanded place and no lower than its peek. */
export function dragOffset({ from, travel, range }: Omit<SheetDrag, 'velocity'>): number {
  const start = from === 'expanded' ? 0 : range;
  return Math.min(range, Math.max(0, start + travel));
}

/** Where the sheet rests once the finger lifts. */
export function restAfterDrag({ from, travel, range, velocity }: SheetDrag): SheetRest {
  if (!isDrag(travel)) return from;
  if (velocity <= -FLICK) return 'expanded';
  if (velocity >= FLICK) return 'peek';
  const towardOther = from === 'peek' ? -travel : travel;
  if (towardOther >= range * SWITCH_SHARE) return from === 'peek' ? 'expanded' : 'peek';
  return from;
}

/** The finger's speed is taken over its last moments, not between two jittery events. */
export const VELOCITY_WINDOW_MS = 80;

/** A position of the finger and when it was there. */
export interface FingerPoint {
  y: number;
  time: number;
}

/** The finger's speed over its last positions (oldest first), in pixels per millisecond. */
export function releaseVelocity(points: readonly FingerPoint[]): number {
  const last = points.at(-1);
  if (!last) return 0;
  const first = points.find((point) => last.time - point.time <= VELOCITY_WINDOW_MS) ?? last;
  const elapsed = last.time - first.time;
  return elapsed > 0 ? (last.y - first.y) / elapsed : 0;
}
