/**
 * Serves dist/ for the end-to-end tests the way it will be deployed: with Debian's nginx and
 * deploy/nginx.conf (only its three "SET" lines replaced) when nginx is installed, else with
 * `vite preview` sending the same security headers. Stops nginx when Playwright stops us.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { siteWith } from './nginx-site.ts';

const PORT = Number(process.env.PORT ?? 4173);
const ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist');
/** The test pages that embed the map live on other loopback ports. */
export const TEST_FRAME_ANCESTORS = "'self' http://127.0.0.1:* http://localhost:*";

function findNginx(): string | undefined {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

function serveWithNginx(nginx: string): void {
  const prefix = mkdtempSync(path.join(tmpdir(), 'map-nginx-'));
  for (const folder of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) {
    mkdirSync(path.join(prefix, folder));
  }
  const site = siteWith({
    listen: `127.0.0.1:${PORT}`,
    root: ROOT,
    frameAncestors: TEST_FRAME_ANCESTORS,
  });
  writeFileSync(path.join(prefix, 'site.conf'), site);
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')];
  const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) {
    console.error(check.stderr);
    process.exit(1);
  }
  const server = spawn(nginx, [...args, '-g', 'daemon off;'], { stdio: 'inherit' });
  const stop = () => server.kill('SIGQUIT');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
  console.log(`nginx ${nginx} serving ${ROOT} at http://127.0.0.1:${PORT}/ with deploy/nginx.conf`);
}

function serveWithVitePreview(): void {
  console.warn('nginx not found: serving with vite preview and the same security headers');
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'inherit', env: { ...process.env, PREVIEW_FRAME_ANCESTORS: TEST_FRAME_ANCESTORS } },
  );
  const stop = () => server.kill('SIGTERM');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

const nginx = findNginx();
if (nginx) serveWithNginx(nginx);
else serveWithVitePreview();
