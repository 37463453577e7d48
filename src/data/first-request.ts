/** A request the page's first script starts, handed to a query once the page's code is here. */
export interface FirstRequest<T> {
  /** Starts the request, once: later calls give the same promise. */
  start(): Promise<T>;
  /**
   * Its answer if it has come (undefined before, or when it failed), for a query to hold: the
   * query's function asks anew from then on.
   */
  take(): T | undefined;
  /**
   * A query's function: the started request the first time (so its answer or its failure is
   * the query's first attempt), a new request every time after (a retry asks anew).
   */
  queryFn(context: { signal: AbortSignal }): Promise<T>;
}

/**
 * Lets the first frame start a request without the query library (TanStack's core, 9 KB
 * compressed, comes with the page's code instead), and the page's query client take it over
 * rather than ask the server again.
 */
export function firstRequest<T>(request: (signal: AbortSignal) => Promise<T>): FirstRequest<T> {
  let started: Promise<T> | undefined;
  let settled: { value: T } | undefined;
  let taken = false;
  return {
    start() {
      if (!started) {
        started = request(new AbortController().signal);
        started.then(
          (value) => {
            settled = { value };
          },
          () => {},
        );
      }
      return started;
    },
    take() {
      if (taken || !settled) return undefined;
      taken = true;
      return settled.value;
    },
    queryFn({ signal }) {
      if (started && !taken) {
        taken = true;
        return started;
      }
      taken = true;
      return request(signal);
    },
  };
}
