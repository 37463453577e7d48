import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './url-state';

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return function unsubscribe() {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function readSearch() {
  return window.location.search;
}

/**
 * The view kept in the address: every change is a new history entry, so Back undoes it,
 * and a shared link opens the same view.
 */
export function useViewState(): [ViewState, (update: (view: ViewState) => ViewState) => void] {
  const search = useSyncExternalStore(subscribe, readSearch);
  const view = useMemo(() => parseViewState(search), [search]);
  const setView = useCallback((update: (view: ViewState) => ViewState) => {
    const current = parseViewState(window.location.search);
    const query = serializeViewState(update(current), window.location.search);
    if (query === window.location.search) return;
    window.history.pushState(
      null,
      '',
      `${window.location.pathname}${query}${window.location.hash}`,
    );
    for (const listener of listeners) listener();
  }, []);
  return [view, setView];
}
