/**
 * Runs a request that gives up after `ms` (headers and body alike) or when `signal` aborts.
 * A timer rather than AbortSignal.timeout(), so tests can move time with a fake clock.
 */
export async function withTimeout<T>(
  signal: AbortSignal,
  ms: number,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), ms);
  try {
    return await run(AbortSignal.any([signal, timeout.signal]));
  } finally {
    clearTimeout(timer);
  }
}
