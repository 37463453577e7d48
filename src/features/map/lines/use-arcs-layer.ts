import { lazyCode, type UsedCode } from '../../../lib/lazy-code';
import type { ArcsLayer } from './arcs-layer';

/** The lines' code (the layer, its geometry) downloads the first time lines are wanted. */
const arcsCode = lazyCode('The lines', () => import('./arcs-layer').then((m) => m.ArcsLayer));

/**
 * The layer of lines from Poznań once `wanted`: its code, still loading, or failed with a way
 * to try again. Not wanted, it is `loading` and nothing is downloaded.
 */
export function useArcsLayer(wanted: boolean): UsedCode<typeof ArcsLayer> {
  const code = arcsCode.useCode(wanted);
  return wanted ? code : { state: 'loading' };
}
