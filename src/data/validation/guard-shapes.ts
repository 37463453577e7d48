import { isCity, isHub, isSource, isTheme, isVisit } from './shape-guards';
import type { ShapeCheck, Shapes } from './shapes';

/** Thrown by the quick checks at the first value they cannot pass: zod must describe it. */
export class NeedsPreciseCheck extends Error {
  constructor() {
    super('A value does not follow the data contract; the precise checks describe it.');
    this.name = 'NeedsPreciseCheck';
  }
}

function fromGuard<T>(guard: (value: unknown) => value is T): ShapeCheck<T> {
  return (raw) => {
    if (guard(raw)) return raw;
    throw new NeedsPreciseCheck();
  };
}

/**
 * The quick checks: hand-written guards that accept exactly what the schema accepts (a
 * unit test compares them with zod on thousands of mutated entries), with no messages.
 */
export const guardShapes: Shapes = {
  hub: fromGuard(isHub),
  source: fromGuard(isSource),
  theme: fromGuard(isTheme),
  city: fromGuard(isCity),
  visit: fromGuard(isVisit),
};
