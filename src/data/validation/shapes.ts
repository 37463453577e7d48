import type { City, Hub, Source, Theme, Visit } from '../schema';
import type { DataPath, ProblemSink } from './problem';

/**
 * Checks one value against its part of the data contract: returns the value when it follows
 * it; otherwise the precise check (zod) pushes what is wrong (at `path`) and returns
 * undefined, and the quick check (guards) throws NeedsPreciseCheck, having no words for it.
 */
export type ShapeCheck<T> = (raw: unknown, path: DataPath, problems: ProblemSink) => T | undefined;

/** One shape check per kind of entry: the precise one (zod) or the quick one (guards). */
export interface Shapes {
  readonly hub: ShapeCheck<Hub>;
  readonly source: ShapeCheck<Source>;
  readonly theme: ShapeCheck<Theme>;
  readonly city: ShapeCheck<City>;
  readonly visit: ShapeCheck<Visit>;
}
