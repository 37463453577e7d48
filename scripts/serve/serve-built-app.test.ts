import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const SCRIPT = path.join(import.meta.dirname, 'serve-built-app.ts');
const PAGE = '<!doctype html><title>Mapa</title>';
const DATA = '{"cities":[]}';

interface Run {
  readonly origin: string;
  /** Resolves once the script says it serves, or rejects with its exit and its stderr. */
  readonly serving: Promise<void>;
  /** Resolves with the exit code and stderr once the script stops. */
  readonly exited: Promise<{ code: number | null; stderr: string }>;
  stop(): void;
}

const runs: Run[] = [];
const folders: string[] = [];
const blockers: Server[] = [];
const locked: string[] = [];

afterEach(async () => {
  for (const run of runs.splice(0)) {
    run.stop();
    await run.exited;
  }
  for (const blocker of blockers.splice(0)) blocker.close();
  for (const folder of locked.splice(0)) chmodSync(folder, 0o700);
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A folder only its owner may enter, as mkdtemp makes it: like /root or a chmod 700 home. */
function privateFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'map-private-'));
  folders.push(folder);
  expect(statSync(folder).mode & 0o777).toBe(0o700);
  return folder;
}

/** A stand-in for dist/ under a private folder, with the files the script must find. */
function privateDist(files: Record<string, string>): string {
  const dist = path.join(privateFolder(), 'clone', 'dist');
  mkdirSync(path.join(dist, 'data'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dist, name), text);
  return dist;
}

function serve(root: string, port: number, serveWith?: string): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    env: { ...process.env, PORT: String(port), SERVE_ROOT: root, SERVE_WITH: serveWith },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stderr })),
  );
  const serving = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/serving .+ at http:/.test(stdout)) resolve();
    });
    void exited.then(({ code }) => reject(new Error(`exit ${code}:\n${stderr}`)));
  });
  // The tests of a failing start wait for `exited` only.
  serving.catch(() => undefined);
  const run = {
    origin: `http://127.0.0.1:${port}/`,
    serving,
    exited,
    stop: () => child.kill('SIGTERM'),
  };
  runs.push(run);
  return run;
}

async function fetchText(url: string): Promise<[number, string]> {
  const response = await fetch(url);
  return [response.status, await response.text()];
}

describe('serve-built-app', { timeout: 30_000 }, () => {
  for (const [server, serveWith] of [
    ['nginx, or vite preview where nginx is missing', undefined],
    ['vite preview', 'vite-preview'],
  ] as const) {
    it(`${server} serves a clone inside a folder only its owner can enter`, async () => {
      const run = serve(
        privateDist({ 'index.html': PAGE, 'data/cooperation.json': DATA }),
        await freePort(),
        serveWith,
      );
      await run.serving;
      expect(await fetchText(run.origin)).toEqual([200, PAGE]);
      expect(await fetchText(`${run.origin}data/cooperation.json`)).toEqual([200, DATA]);
    });
  }

  it('fails within seconds, naming the port, when the port is taken', async () => {
    const port = await freePort();
    const blocker = createServer();
    blockers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const started = Date.now();
    const run = serve(privateDist({ 'index.html': PAGE, 'data/cooperation.json': DATA }), port);
    const { code, stderr } = await run.exited;
    expect(code).toBe(1);
    expect(stderr).toContain(`port ${port} on 127.0.0.1 is taken`);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('serves a dist/ the caller cannot read only as root; anyone else gets the reason in seconds', async () => {
    const dist = privateDist({ 'index.html': PAGE, 'data/cooperation.json': DATA });
    chmodSync(dist, 0o000);
    locked.push(dist);
    const run = serve(dist, await freePort());
    if (process.geteuid?.() === 0) {
      // Nothing is unreadable to root, and nginx's worker runs as the caller.
      await run.serving;
      expect(await fetchText(run.origin)).toEqual([200, PAGE]);
    } else {
      const started = Date.now();
      const { code, stderr } = await run.exited;
      expect(code).toBe(1);
      // nginx gives its "Permission denied" line; vite preview (no nginx installed) only a 404.
      expect(stderr).toMatch(
        /answered 403 Forbidden[\s\S]*Permission denied|vite preview does not serve .* answered 404/,
      );
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });

  for (const [what, files, reason] of [
    ['no page', {}, /\/ answered 40[34][\s\S]*dist\//],
    ['no data', { 'index.html': PAGE }, /data\/cooperation\.json answered 404 Not Found/],
  ] as const) {
    it(`fails within seconds, with the server's reason, when the folder has ${what}`, async () => {
      const started = Date.now();
      const run = serve(privateDist(files), await freePort());
      const { code, stderr } = await run.exited;
      expect(code).toBe(1);
      expect(stderr).toMatch(reason);
      expect(Date.now() - started).toBeLessThan(10_000);
    });
  }
});
