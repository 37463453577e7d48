import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from './url-state';
import { addressStore, type ViewStore } from './view-store';

export interface ViewChange {
  /** Replaces the current history entry: a step of a gesture, like a slider being dragged. */
  replace?: boolean;
}

/** Applies a change to the view in the address; true if the address changed. */
export type SetView = (update: (view: ViewState) => ViewState, change?: ViewChange) => boolean;

/**
 * The view kept in the address (or in `store`): every change is a new history entry, so Back
 * undoes it, and a shared link opens the same view (embedded, the entry is replaced instead).
 */
export function useViewState(store: ViewStore = addressStore): [ViewState, SetView] {
  const search = useSyncExternalStore(store.subscribe, store.read);
  const view = useMemo(() => parseViewState(search), [search]);
  const setView: SetView = useCallback(
    (update, change = {}) => {
      const search = store.read();
      const current = parseViewState(search);
      const query = serializeViewState(update(current), search);
      if (query === search) return false;
      // Embedded, the frame shares the host page's history: the host's Back button must leave
      // the page, not step back through the map.
      store.write(query, current.embedded || Boolean(change.replace));
      return true;
    },
    [store],
  );
  return [view, setView];
}
