/**
 * Runs `work` once the browser has nothing more urgent to do (at the latest after
 * `timeoutMs`), for work that only prepares what a later click will need. Returns a cancel.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no idle callbacks: a moment after the page has settled will do.
  const timer = setTimeout(work, 500);
  return () => clearTimeout(timer);
}
