import type { ViewStore } from '../../app/view-store';

/**
 * The previewed map's view, kept in memory: the editor's address stays the editor's, so a
 * reload opens the editor, not a map, and Back does not step through the preview's clicks.
 */
export function memoryViewStore(initialSearch = ''): ViewStore {
  let search = initialSearch;
  const listeners = new Set<() => void>();
  return {
    read: () => search,
    write(next) {
      search = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return function unsubscribe() {
        listeners.delete(listener);
      };
    },
  };
}
