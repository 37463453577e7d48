import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../e2e/support/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** Where each path of the benchmark site comes from. */
function fileFor(pathname: string, dataFile: string): string | undefined {
  if (pathname === '/data/cooperation.json') return dataFile;
  if (pathname === '/bench/baseline.html') return path.join(ROOT, 'bench', 'baseline.html');
  if (pathname.startsWith('/bench/leaflet/')) {
    return path.join(
      ROOT,
      'node_modules',
      'leaflet',
      'dist',
      pathname.slice('/bench/leaflet/'.length),
    );
  }
  const file = path.join(ROOT, 'dist', pathname === '/' ? 'index.html' : pathname);
  return file.startsWith(path.join(ROOT, 'dist')) ? file : undefined;
}

/**
 * dist/ and the baseline page on loopback, gzip-compressed like the real server, with the
 * data file of the size being measured.
 */
export async function serveBench(dataFile: string): Promise<{ url: string; close: () => void }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    const file = fileFor(pathname, dataFile);
    if (!file || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = path.extname(file);
    const gzip = COMPRESSED.has(type) && /gzip/.test(String(request.headers['accept-encoding']));
    const key = `${gzip}:${file}`;
    let body = cache.get(key);
    if (!body) {
      body = gzip ? gzipSync(readFileSync(file), { level: 6 }) : readFileSync(file);
      cache.set(key, body);
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[type] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
