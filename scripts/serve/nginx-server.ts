import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { nginxMainConf } from './nginx-main-conf.ts';
import { siteWith } from './nginx-site.ts';
import {
  keepComplaints,
  TEST_FRAME_ANCESTORS,
  type ServeOptions,
  type TestServer,
} from './test-server.ts';

/** nginx's binary: NGINX_PATH, else where Debian and a source build put it. */
export function findNginx(): string | undefined {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

/**
 * Starts nginx with deploy/nginx.conf (only its three "SET" lines replaced) in a temporary
 * prefix of its own, or throws with what `nginx -t` said.
 */
export function startNginx(nginx: string, { root, port }: ServeOptions): TestServer {
  const prefix = mkdtempSync(path.join(tmpdir(), 'map-nginx-'));
  for (const folder of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) {
    mkdirSync(path.join(prefix, folder));
  }
  const siteFile = path.join(prefix, 'site.conf');
  writeFileSync(
    siteFile,
    siteWith({ listen: `127.0.0.1:${port}`, root, frameAncestors: TEST_FRAME_ANCESTORS }),
  );
  const asRoot = process.geteuid?.() === 0;
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    nginxMainConf({ prefix, siteFile, workerUser: asRoot ? userInfo().username : undefined }),
  );
  const args = ['-p', prefix, '-c', conf];
  const check = spawnSync(nginx, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0)
    throw new Error(`${nginx} -t refused the test configuration:\n${check.stderr}`);

  const child = spawn(nginx, [...args, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  child.on('exit', () => rmSync(prefix, { recursive: true, force: true }));
  return {
    name: `nginx (${nginx})`,
    process: child,
    complaints: keepComplaints(child, /\[(emerg|alert|crit|error)\]/),
    // QUIT lets nginx finish the requests under way; TERM stops it now.
    stop: (now = false) => child.kill(now ? 'SIGTERM' : 'SIGQUIT'),
  };
}
