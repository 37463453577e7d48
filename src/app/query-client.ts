import { QueryClient } from '@tanstack/react-query';
import { cooperationQueryOptions } from '../data/cooperation-query';
import { cooperationRequest } from '../data/fetch-cooperation';
import { mapSettingsRequest } from '../data/map-settings';
import { mapSettingsQueryOptions } from '../data/map-settings-query';

/**
 * The page's query client, holding what the first frame asked for (main.tsx): the answer when
 * it has come, else the request on its way as the query's first attempt; never asked twice.
 */
export function createQueryClient(): QueryClient {
  const client = new QueryClient();
  const loaded = cooperationRequest.take();
  if (loaded) client.setQueryData(cooperationQueryOptions.queryKey, loaded);
  else void client.prefetchQuery(cooperationQueryOptions);
  const tiles = mapSettingsRequest.take();
  if (tiles !== undefined) client.setQueryData(mapSettingsQueryOptions.queryKey, tiles);
  else void client.prefetchQuery(mapSettingsQueryOptions);
  return client;
}
