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

export interface ViewChange {
  /** Replaces the current history entry: a step of a gesture, like a slider being dragged. */
  replace?: boolean;
}

/** Applies a change to the view in the address; true if the address changed. */
export type SetView = (update: (view: ViewState) => ViewState, change?: ViewChange) => boolean;

/**
 * The view kept in the address: every change is a new history entry, so Back undoes it,
 * and a shared link opens the same view (embedded, the entry is replaced instead).
 */
export function useViewState(): [ViewState, SetView] {
  const search = useSyncExternalStore(subscribe, readSearch);
  const view = useMemo(() => parseViewState(search), [search]);
  const setView: SetView = useCallback((update, change = {}) => {
    const current = parseViewState(window.location.search);
    const query = serializeViewState(update(current), window.location.search);
    if (query === window.location.search) return false;
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    // Embedded, the frame shares the host page's history: the host's Back button must leave
    // the page, not step back through the map.
    if (current.embedded || change.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    for (const listener of listeners) listener();
    return true;
  }, []);
  return [view, setView];
}
