import { nextTask } from './next-task';

/**
 * Runs `run` once the next frame has been painted (a task queued in an animation frame runs
 * after that frame), when the page's layout is done and reading it costs nothing. Returns a
 * function that cancels it.
 */
export function afterNextPaint(run: () => void): () => void {
  let cancelTask: (() => void) | undefined;
  const frame = requestAnimationFrame(() => {
    cancelTask = nextTask(run);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancelTask?.();
  };
}
