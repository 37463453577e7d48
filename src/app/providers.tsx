import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { cooperationQueryOptions } from '../data/cooperation-query';
import { mapSettingsQueryOptions } from '../data/map-settings';

/**
 * The app's query client, with the data file and the map settings already on their way: the
 * requests start while React renders its first frame, not after it.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient();
  void client.prefetchQuery(cooperationQueryOptions);
  void client.prefetchQuery(mapSettingsQueryOptions);
  return client;
}

export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
