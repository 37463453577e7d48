import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  keepComplaints,
  TEST_FRAME_ANCESTORS,
  type ServeOptions,
  type TestServer,
} from './test-server.ts';

const REPOSITORY = path.resolve(import.meta.dirname, '..', '..');

/** Starts `vite preview` on the built app, with the headers of deploy/nginx.conf (vite.config.ts). */
export function startVitePreview({ root, port }: ServeOptions): TestServer {
  const vite = path.join(REPOSITORY, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--outDir',
      root,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      cwd: REPOSITORY,
      stdio: ['ignore', 'inherit', 'pipe'],
      env: { ...process.env, PREVIEW_FRAME_ANCESTORS: TEST_FRAME_ANCESTORS },
    },
  );
  return {
    name: 'vite preview',
    process: child,
    complaints: keepComplaints(child, /\S/),
    stop: () => child.kill('SIGTERM'),
  };
}
