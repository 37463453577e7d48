import { lazyCode } from '../../../lib/lazy-code';

/**
 * The clustering code (supercluster), loaded only when the data has many cities: today's
 * 22 cities never download it. The page asks for it with the map's code when the data it
 * starts with is that large (lazy-map.ts), so the first markers are clusters already.
 */
export const clusteringCode = lazyCode('The clustering', () => import('./cluster-index'));
