import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

/** Inside the project, so the entry's bare imports ("zod/mini") resolve to its node_modules. */
const CACHE = path.resolve(import.meta.dirname, '..', 'node_modules', '.cache');

/**
 * Gzip size of what the browser would download for `entry` (module source, importing by
 * absolute path): bundled and minified as `vite build` does, tree-shaken, dependencies included.
 */
export async function moduleGzipSize(entry: string): Promise<number> {
  mkdirSync(CACHE, { recursive: true });
  const folder = mkdtempSync(path.join(CACHE, 'bench-size-'));
  const file = path.join(folder, 'entry.ts');
  writeFileSync(file, entry);
  try {
    return await bundledGzipSize(file);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function bundledGzipSize(file: string): Promise<number> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: file, formats: ['es'], fileName: 'entry' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  return outputs
    .flatMap((result) => result.output)
    .reduce((sum, chunk) => sum + (chunk.type === 'chunk' ? gzipSync(chunk.code).length : 0), 0);
}
