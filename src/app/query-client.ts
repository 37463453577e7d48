import { QueryClient } from '@tanstack/react-query';
import { cooperationQueryOptions } from '../data/cooperation-query';
import { mapSettingsQueryOptions } from '../data/map-settings';

/**
 * The app's query client, with the data file and the map settings already on their way: the
 * requests start with the page's first script, not after React's first render.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient();
  void client.prefetchQuery(cooperationQueryOptions);
  void client.prefetchQuery(mapSettingsQueryOptions);
  return client;
}
