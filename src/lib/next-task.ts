/**
 * Runs `run` in a task of its own, after the current one (and whatever it renders) is done:
 * a long piece of work split in two lets the browser answer input in between. Returns a
 * function that cancels it.
 */
export function nextTask(run: () => void): () => void {
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
