import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadMapCode } from '../features/map/lazy-map';
import { App } from './app';
import { AppProviders } from './providers';
// Last, so that at equal weight the print rules win over the screen styles.
import './print.css';

/**
 * Renders the page into `root`, in place of its static first frame, once the map's code is
 * here: the map drawn into that frame is taken over without a blank moment.
 */
export async function startApp(root: HTMLElement, client: QueryClient): Promise<void> {
  await loadMapCode();
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={client}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
}
