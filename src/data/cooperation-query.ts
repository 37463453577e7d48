import { queryOptions } from '@tanstack/react-query';
import { cooperationRequest, DATA_FILE } from './fetch-cooperation';

/** The data file as the page's queries read it: the first frame's request, taken over. */
export const cooperationQueryOptions = queryOptions({
  queryKey: ['cooperation', DATA_FILE],
  queryFn: cooperationRequest.queryFn,
  // A static file: fetch once, never refetch on focus, and do not wait for "online" status.
  staleTime: Infinity,
  networkMode: 'always',
  retry: 1,
});
