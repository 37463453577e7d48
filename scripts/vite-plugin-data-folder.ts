import { createReadStream, existsSync, statSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = path.resolve(import.meta.dirname, '..', 'data');

/**
 * Serves the top-level data/ folder at ./data/ in development and copies it to dist/data/
 * on build. The data stays a separate file fetched at run time, so editors can replace it
 * on the server without a rebuild.
 */
export function serveDataFolder(): Plugin {
  let outDir = 'dist';
  let isBuild = false;
  return {
    name: 'serve-data-folder',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      isBuild = config.command === 'build' && !process.env.VITEST;
    },
    configureServer(server) {
      server.middlewares.use('/data', function serveDataFile(req, res, next) {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const file = path.join(DATA_DIR, path.normalize(name));
        if (
          !file.startsWith(DATA_DIR + path.sep) ||
          !existsSync(file) ||
          !statSync(file).isFile()
        ) {
          next();
          return;
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
    async closeBundle() {
      if (!isBuild) return;
      await cp(DATA_DIR, path.join(outDir, 'data'), { recursive: true });
    },
  };
}
