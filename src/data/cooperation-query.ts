import { queryOptions, useQuery } from '@tanstack/react-query';
import { DataLoadError } from './load-error';
import { parseCooperation } from './parse-cooperation';
import type { Cooperation } from './schema';

/** Relative to the page, so the app works under any sub-path. */
export const DATA_FILE = 'data/cooperation.json';
const TIMEOUT_MS = 15_000;

export async function fetchCooperation(signal: AbortSignal): Promise<Cooperation> {
  const url = new URL(DATA_FILE, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    throw new DataLoadError('network', `The request for ${DATA_FILE} failed.`, [String(error)]);
  }
  if (!response.ok) {
    throw new DataLoadError('http', `The server answered ${response.status} for ${DATA_FILE}.`);
  }
  return parseCooperation(await response.text());
}

export const cooperationQueryOptions = queryOptions({
  queryKey: ['cooperation', DATA_FILE],
  queryFn: ({ signal }) => fetchCooperation(signal),
  // A static file: fetch once, never refetch on focus, and do not wait for "online" status.
  staleTime: Infinity,
  networkMode: 'always',
  retry: 1,
});

export function useCooperation() {
  return useQuery(cooperationQueryOptions);
}
