import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** The script index.html runs: what every visit downloads before anything else. */
  entry: number;
  /**
   * The chunks index.html preloads with it, all needed before the markers: the entry's shared
   * imports, the map (Leaflet) and the data checks.
   */
  preloaded: number;
}

/** Gzip sizes of the first bundle of a built dist/, as its index.html names it. */
export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const gzipped = (src: string) => gzipSync(readFileSync(path.join(dist, src))).length;
  const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${dist}/index.html has no module script`);
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  return {
    entry: gzipped(entry),
    preloaded: preloaded.reduce((sum, src) => sum + gzipped(src), 0),
  };
}
