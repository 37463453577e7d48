import { startTransition, useCallback, useEffect, useState } from 'react';

export type LoadedCode<T> =
  { state: 'loading' } | { state: 'ready'; code: T } | { state: 'failed' };

/** What a component sees: a failed download comes with a way to try again. */
export type UsedCode<T> =
  { state: 'loading' } | { state: 'ready'; code: T } | { state: 'failed'; retry: () => void };

export interface LazyCode<T> {
  /**
   * Loads the code for someone who needs it now; the promise never rejects: a failed download
   * is the state `failed`. A later call asks again (Chromium fetches a failed module anew).
   */
  load: () => Promise<LoadedCode<T>>;
  /** Loads the code ahead of time. A failure here is not one: `load` will try again. */
  preload: () => void;
  /** Where the download stands now. */
  current: () => LoadedCode<T>;
  /**
   * The code for a component: on the first render already, if it has arrived; otherwise the
   * component renders again (a deferred render, split into short tasks) when it does.
   * `wanted` false waits without starting the download. A component mounted after a failure
   * tries again; `retry` of the failed state does so in place.
   */
  useCode: (wanted?: boolean) => UsedCode<T>;
}

/**
 * Code kept out of the first bundle, loaded when it is wanted (or ahead of time, with
 * `preload` and whenIdle). The one way to load code on demand: every chunk someone may wait
 * for (the map, the city panel, the share dialog, the summary, the search, the lines, the
 * clustering, the long list) goes through it, so each has the same states, loading and failed
 * with a retry, and each component shows them.
 *
 * Code needed inside a data load is the exception: the data file's checks, the map settings'
 * zod schema and the country outlines' converter are imported inside their query function.
 * There a failed download is the query's error, shown and retried like a failed fetch of the
 * file itself; a second set of states would only repeat the query's.
 *
 * Not React.lazy: a Suspense fallback would hold the content back for React's 300 ms reveal
 * throttle even when the code arrives a moment later, and once the code is here it renders
 * at once, with no fallback at all.
 */
export function lazyCode<T>(name: string, importCode: () => Promise<T>): LazyCode<T> {
  let current: LoadedCode<T> = { state: 'loading' };
  let attempt: Promise<LoadedCode<T>> | null = null;

  function download(): Promise<LoadedCode<T>> {
    attempt ??= importCode().then(
      (code) => (current = { state: 'ready', code }),
      (error: unknown) => {
        attempt = null;
        throw error;
      },
    );
    return attempt;
  }

  function load(): Promise<LoadedCode<T>> {
    return download().catch((error: unknown) => {
      console.warn(`${name}: the code could not be loaded:`, error);
      return (current = { state: 'failed' });
    });
  }

  function preload(): void {
    download().catch(() => undefined);
  }

  function useCode(wanted = true): UsedCode<T> {
    const [seen, setSeen] = useState<LoadedCode<T>>(
      current.state === 'ready' ? current : { state: 'loading' },
    );
    useEffect(
      function waitForCode() {
        if (!wanted || seen.state !== 'loading') return;
        let active = true;
        void load().then((loaded) => {
          if (active) startTransition(() => setSeen(loaded));
        });
        return () => {
          active = false;
        };
      },
      [wanted, seen.state],
    );
    const retry = useCallback(() => setSeen({ state: 'loading' }), []);
    if (seen.state === 'failed') return { state: 'failed', retry };
    // Preloaded since this component first rendered: use it now.
    return seen.state === 'loading' && current.state === 'ready' ? current : seen;
  }

  return { load, preload, current: () => current, useCode };
}
