/**
 * Where the view is kept, as a query string (`?city=kyiv&lang=en`): the page's address for the
 * map, or anywhere else a host keeps it (a map shown inside another page must not write that
 * page's address).
 */
export interface ViewStore {
  /** The current view's query string, `''` or starting with `?`. */
  read: () => string;
  /** Keeps a new view; `replace` says it is a step of the same change, not a new one. */
  write: (search: string, replace: boolean) => void;
  /** Calls `listener` whenever the view changes, written or (in the address) navigated to. */
  subscribe: (listener: () => void) => () => void;
}

const addressListeners = new Set<() => void>();

/**
 * The page's address: every view a history entry, so Back undoes a change and a shared link
 * opens the same view.
 */
export const addressStore: ViewStore = {
  read: () => window.location.search,
  write(search, replace) {
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    for (const listener of addressListeners) listener();
  },
  subscribe(listener) {
    addressListeners.add(listener);
    window.addEventListener('popstate', listener);
    return function unsubscribe() {
      addressListeners.delete(listener);
      window.removeEventListener('popstate', listener);
    };
  },
};
