import { startTransition, useEffect, useState } from 'react';

export type LoadedCode<T> =
  { state: 'loading' } | { state: 'ready'; code: T } | { state: 'failed' };

export interface LazyCode<T> {
  /** Starts the download, once; every call returns the same promise, which never rejects. */
  load: () => Promise<LoadedCode<T>>;
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
 * Code kept out of the first bundle, loaded when it is wanted (or ahead of time with `load`).
 * Not React.lazy: a Suspense fallback would hold the content back for React's 300 ms reveal
 * throttle even when the code arrives a moment later, and once the code is here it renders
 * at once, with no fallback at all.
 */
export function lazyCode<T>(name: string, importCode: () => Promise<T>): LazyCode<T> {
  let current: LoadedCode<T> = { state: 'loading' };
  let loading: Promise<LoadedCode<T>> | null = null;

  function load(): Promise<LoadedCode<T>> {
    loading ??= importCode().then(
      (code) => (current = { state: 'ready', code }),
      (error: unknown) => {
        console.warn(`${name}: the code could not be loaded:`, error);
        return (current = { state: 'failed' });
      },
    );
    return loading;
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
    // Loaded ahead of time (by `load`) since this component first rendered: use it now.
    return seen.state === 'loading' ? current : seen;
  }

  return { load, current: () => current, useCode };
}
