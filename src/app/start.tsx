import type { QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { cooperationQueryOptions } from '../data/cooperation-query';
import { loadMapCode } from '../features/map/lazy-map';
import { App } from './app';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import type { ViewStore } from './view-store';
// Last, so that at equal weight the print rules win over the screen styles.
import './print.css';

/**
 * Renders the page into `root`, in place of its static first frame, with the requests the
 * first frame started (query-client.ts), once the map's code is here: the map drawn into that
 * frame is taken over without a blank moment, and many cities are drawn in clusters at once.
 */
export async function startApp(root: HTMLElement): Promise<void> {
  const client = createQueryClient();
  const loaded = client.getQueryData(cooperationQueryOptions.queryKey);
  await loadMapCode(loaded?.data.cities.length ?? 0);
  renderApp(root, client);
}

/**
 * Renders the page into `root` with the data `client` holds or fetches, its view kept in the
 * address or in `viewStore`; returns the function that takes it away again.
 */
export function renderApp(root: HTMLElement, client: QueryClient, viewStore?: ViewStore) {
  const reactRoot = createRoot(root);
  // A transition: React renders the page in short slices, so a tap on the first frame's map is
  // answered in between; the first frame stays on screen until the page replaces it.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <AppProviders client={client}>
          <App viewStore={viewStore} />
        </AppProviders>
      </StrictMode>,
    ),
  );
  return () => reactRoot.unmount();
}
