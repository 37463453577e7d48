/**
 * Runs `run` once the next frame has been painted (a timeout set in an animation frame runs
 * after that frame), when the page's layout is done and reading it costs nothing. Returns a
 * function that cancels it.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
