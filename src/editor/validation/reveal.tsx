import { createContext, useContext } from 'react';
import type { DataPath } from '../../data/validation/problem';

/** A request to bring the field of `path` into view; `seq` tells a repeated request apart. */
export interface RevealRequest {
  readonly path: DataPath;
  readonly seq: number;
}

export const RevealContext = createContext<RevealRequest | null>(null);

/**
 * The path the problem list last asked to show, or null. A section that shows one entry at
 * a time opens the entry this path is in, so that its field exists to take the focus.
 */
export function useRevealRequest(): RevealRequest | null {
  return useContext(RevealContext);
}
