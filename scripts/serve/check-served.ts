import { createServer } from 'node:net';

/** Whether nothing listens on this loopback port yet. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** What no end-to-end test can do without: the page and the data, each with its type. */
export const MUST_SERVE: readonly (readonly [file: string, type: RegExp])[] = [
  ['', /^text\/html/],
  ['data/cooperation.json', /^application\/json/],
];

/** What a request to the server gave: served, not yet listening, or a wrong answer. */
export type Answer =
  { kind: 'served' } | { kind: 'not-listening' } | { kind: 'wrong'; why: string };

/** Asks `origin` (ending in "/") for each file the app needs. */
export async function askServer(origin: string): Promise<Answer> {
  for (const [file, type] of MUST_SERVE) {
    const url = new URL(file, origin);
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
    } catch {
      return { kind: 'not-listening' };
    }
    const contentType = response.headers.get('content-type') ?? '(none)';
    if (!response.ok)
      return { kind: 'wrong', why: `${url} answered ${response.status} ${response.statusText}` };
    if (!type.test(contentType)) return { kind: 'wrong', why: `${url} came as ${contentType}` };
  }
  return { kind: 'served' };
}

/**
 * Waits until `origin` serves the app. Resolves to why it does not: a wrong answer at once,
 * silence once `patienceMs` is over. Resolves to undefined when it serves.
 */
export async function whyNotServed(
  origin: string,
  patienceMs: number,
): Promise<string | undefined> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    const answer = await askServer(origin);
    if (answer.kind === 'served') return undefined;
    if (answer.kind === 'wrong') return answer.why;
    if (Date.now() > deadline) return `nothing answered at ${origin} within ${patienceMs / 1000} s`;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
