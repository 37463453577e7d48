import type { ChildProcess } from 'node:child_process';

/** The test pages that embed the map live on other loopback ports. */
export const TEST_FRAME_ANCESTORS = "'self' http://127.0.0.1:* http://localhost:*";

/** Where and what to serve. */
export interface ServeOptions {
  /** The built app: dist/, or a copy of it. */
  readonly root: string;
  readonly port: number;
}

/** A web server process serving the built app, as started by serve-built-app.ts. */
export interface TestServer {
  readonly name: string;
  readonly process: ChildProcess;
  /** The server's last complaints, to say why it does not serve. */
  complaints(): string[];
  /** Stops it: gently when it served, at once when it failed. */
  stop(now?: boolean): void;
}

/** Passes a child's stderr through, keeping the last lines that match `worth` for a failure report. */
export function keepComplaints(child: ChildProcess, worth: RegExp, keep = 5): () => string[] {
  const lines: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    for (const line of chunk.toString().split('\n')) {
      if (worth.test(line)) lines.push(line.trim());
    }
    lines.splice(0, Math.max(0, lines.length - keep));
  });
  return () => [...lines];
}
