import { readFileSync, statSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface TestServer {
  /** e.g. http://127.0.0.1:40123: another origin than the app's. */
  readonly origin: string;
  close(): Promise<void>;
}

/** A throwaway HTTP server on a free loopback port. */
export async function startServer(listener: RequestListener): Promise<TestServer> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // The page is still open when a test closes its server: cut its connections rather than
    // wait for them (a request still running would hold the test until its timeout).
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Content types by file extension, for the test and benchmark servers. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves a folder (the built dist/) under a path prefix, as a plain static web server. */
export function serveFolder(folder: string, prefix: string): RequestListener {
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(404).end();
      return;
    }
    let file = path.join(folder, decodeURIComponent(url.pathname.slice(prefix.length)));
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  };
}

/** An HTML page of another site, with the given markup in its body. */
export function hostPage(body: string): RequestListener {
  return (_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="pl"><meta charset="utf-8"><title>Portal</title><h1>Portal</h1>${body}`,
    );
  };
}
