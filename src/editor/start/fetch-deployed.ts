import { DATA_FILE } from '../../data/fetch-cooperation';
import { withTimeout } from '../../data/with-timeout';

export const FETCH_TIMEOUT_MS = 15_000;

export type Fetched =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly fileName: string }
  | { readonly ok: false; readonly why: 'network' | 'timeout' }
  | { readonly ok: false; readonly why: 'http'; readonly status: number };

/** The file name the deployed data is edited (and downloaded) under. */
export const DEPLOYED_NAME = DATA_FILE.split('/').at(-1) ?? DATA_FILE;

/**
 * The deployed data file's bytes, fetched relative to the page (any sub-path works), given up
 * after FETCH_TIMEOUT_MS. Never from the cache: the clerk starts from what is published now.
 */
export function fetchDeployed(signal: AbortSignal, baseUrl: string): Promise<Fetched> {
  return withTimeout(signal, FETCH_TIMEOUT_MS, async (bounded): Promise<Fetched> => {
    const failed = (): Fetched => ({
      ok: false,
      why: bounded.aborted && !signal.aborted ? 'timeout' : 'network',
    });
    let response: Response;
    try {
      response = await fetch(new URL(DATA_FILE, baseUrl), {
        signal: bounded,
        cache: 'no-cache',
        headers: { Accept: 'application/json' },
      });
    } catch {
      return failed();
    }
    if (!response.ok) return { ok: false, why: 'http', status: response.status };
    try {
      return {
        ok: true,
        bytes: new Uint8Array(await response.arrayBuffer()),
        fileName: DEPLOYED_NAME,
      };
    } catch {
      return failed();
    }
  });
}
