/**
 * Serves dist/ for the end-to-end tests the way it will be deployed: with Debian's nginx and
 * deploy/nginx.conf (only its three "SET" lines replaced) when nginx is installed, else with
 * `vite preview` sending the same security headers. Then asks itself for the page and the
 * data: a server that cannot serve them stops the run within seconds, with its reason, rather
 * than leaving Playwright to wait out its web-server timeout. Stops the server when Playwright
 * stops us.
 *
 * PORT (4173) and SERVE_ROOT (dist/) say where and what; SERVE_WITH=vite-preview skips nginx.
 */
import path from 'node:path';
import { portIsFree, whyNotServed } from './check-served.ts';
import { findNginx, startNginx } from './nginx-server.ts';
import type { ServeOptions, TestServer } from './test-server.ts';
import { startVitePreview } from './vite-preview-server.ts';

/** How long a server may take to answer at all (vite preview on a loaded machine is slow). */
const PATIENCE_MS = 30_000;

const options: ServeOptions = {
  port: Number(process.env.PORT ?? 4173),
  root: path.resolve(process.env.SERVE_ROOT ?? path.join(import.meta.dirname, '..', '..', 'dist')),
};
const origin = `http://127.0.0.1:${options.port}/`;

function fail(message: string): never {
  console.error(`serve-built-app: ${message}`);
  process.exit(1);
}

function start(): TestServer {
  if (process.env.SERVE_WITH === 'vite-preview') return startVitePreview(options);
  const nginx = findNginx();
  if (nginx) return startNginx(nginx, options);
  console.warn('nginx not found: serving with vite preview and the same security headers');
  return startVitePreview(options);
}

function withComplaints(message: string, server: TestServer): string {
  const complaints = server.complaints();
  return complaints.length
    ? `${message}\n${server.name} said:\n  ${complaints.join('\n  ')}`
    : message;
}

if (!(await portIsFree(options.port))) {
  fail(
    `port ${options.port} on 127.0.0.1 is taken: stop what listens there or choose another (E2E_PORT)`,
  );
}
let server: TestServer;
try {
  server = start();
} catch (error) {
  fail((error as Error).message);
}
let serving = false;
let givenUp = false;
server.process.on('exit', (code, signal) => {
  if (givenUp) process.exit(1);
  if (!serving) {
    fail(
      withComplaints(
        `${server.name} stopped before serving ${options.root} (${signal ?? `exit ${code}`})`,
        server,
      ),
    );
  }
  process.exit(code ?? 0);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.stop());

const problem = await whyNotServed(origin, PATIENCE_MS);
if (problem) {
  console.error(
    `serve-built-app: ${withComplaints(`${server.name} does not serve ${options.root}: ${problem}`, server)}`,
  );
  // Exit once the server has (its temporary folder goes with it), or soon in any case.
  givenUp = true;
  server.stop(true);
  setTimeout(() => process.exit(1), 5_000);
} else {
  serving = true;
  console.log(
    `${server.name} serving ${options.root} at ${origin} with deploy/nginx.conf's headers`,
  );
}
