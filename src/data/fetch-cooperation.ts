import { firstRequest } from './first-request';
import { DataLoadError } from './load-error';
import type { LoadedCooperation, readCooperation as ReadCooperation } from './read-cooperation';
import { readBody } from './read-body';
import type { JsonSource } from './read-json-bytes';
import { formatProblem } from './validation/problem';
import { withTimeout } from './with-timeout';

/** Relative to the page, so the app works under any sub-path. */
export const DATA_FILE = 'data/cooperation.json';
const TIMEOUT_MS = 15_000;

/** Tells maintainers, in the browser console, exactly what was left out and why. */
function reportProblems({ skipped, problems, wrongEncoding }: LoadedCooperation): void {
  if (problems.length === 0 && !wrongEncoding) return;
  console.warn(
    [
      `${DATA_FILE}: ${skipped} entries skipped, ${problems.length} problems` +
        (wrongEncoding ? ', the file is not UTF-8' : '') +
        '. Check the file with `npm run validate-data`.',
      ...problems.map(formatProblem),
    ].join('\n'),
  );
}

/**
 * Fetches and reads the data file. A request that hangs (headers or body) is cut off after
 * TIMEOUT_MS, so the page shows a message with a retry button instead of spinning forever.
 */
export function fetchCooperation(signal: AbortSignal): Promise<LoadedCooperation> {
  // The checks load in parallel with the file, not before it in the first bundle (and zod,
  // for the precise messages, only when the quick checks find something wrong).
  const reader = import('./read-cooperation');
  return withTimeout(signal, TIMEOUT_MS, async (bounded) => {
    let response: Response;
    try {
      response = await fetch(new URL(DATA_FILE, document.baseURI), {
        signal: bounded,
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      throw new DataLoadError('network', `The request for ${DATA_FILE} failed.`, [String(error)]);
    }
    if (!response.ok) {
      throw new DataLoadError('http', `The server answered ${response.status} for ${DATA_FILE}.`);
    }
    let body: JsonSource;
    try {
      body = await readBody(response);
    } catch (error) {
      throw new DataLoadError('network', `The download of ${DATA_FILE} broke off.`, [
        String(error),
      ]);
    }
    let readCooperation: typeof ReadCooperation;
    try {
      ({ readCooperation } = await reader);
    } catch (error) {
      throw new DataLoadError('network', 'The data checks could not be loaded.', [String(error)]);
    }
    let loaded: LoadedCooperation;
    try {
      loaded = await readCooperation(body);
    } catch (error) {
      if (error instanceof DataLoadError) throw error;
      // Whatever else went wrong while reading, it was the file, not the network.
      throw new DataLoadError('format', 'The data file could not be read.', [String(error)]);
    }
    reportProblems(loaded);
    return loaded;
  });
}

/** The data file, asked for by the page's first script (main.tsx); the page's query takes it over. */
export const cooperationRequest = firstRequest(fetchCooperation);
