import { startTransition, useEffect, useState } from 'react';

export type LoadedCode<T> =
  { state: 'loading' } | { state: 'ready'; code: T } | { state: 'failed' };

export interface LazyCode<T> {
  /**
   * Loads the code for someone who needs it now; the promise never rejects: a failed download
   * is the state `failed`. A later call asks again (Chromium, though, keeps a failed module
   * for the page's life: there only a reload helps, as the messages say).
   */
  load: () => Promise<LoadedCode<T>>;
  /** Loads the code ahead of time. A failure here is not one: `load` will try again. */
  preload: () => void;
  /** Where the download stands now. */
  current: () => LoadedCode<T>;
  /**
   * The code for a component: on the first render already, if it has arrived; otherwise the
   * component renders again (a deferred render, split into short tasks) when it does.
   * `wanted` false waits without starting the download.
   */
  useCode: (wanted?: boolean) => LoadedCode<T>;
}

/**
 * Code kept out of the first bundle, loaded when it is wanted (or ahead of time). Not
 * React.lazy: a Suspense fallback would hold the content back for React's 300 ms reveal
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

  function useCode(wanted = true): LoadedCode<T> {
    const [seen, setSeen] = useState(current);
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
    // Preloaded since this component first rendered: use it now.
    return seen.state === 'loading' && current.state === 'ready' ? current : seen;
  }

  return { load, preload, current: () => current, useCode };
}
