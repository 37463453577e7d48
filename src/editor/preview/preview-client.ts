import { QueryClient } from '@tanstack/react-query';
import { cooperationQueryOptions } from '../../data/cooperation-query';
import type { LoadedCooperation } from '../../data/read-cooperation';

/**
 * A query client that already holds the map's data, read from the working copy: the map's
 * query finds it fresh (the file is never stale) and asks no server for the published file.
 */
export function previewClient(loaded: LoadedCooperation): QueryClient {
  const client = new QueryClient();
  client.setQueryData(cooperationQueryOptions.queryKey, loaded);
  return client;
}
