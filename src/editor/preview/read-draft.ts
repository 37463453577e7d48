import { DataLoadError } from '../../data/load-error';
import { readCooperation, type LoadedCooperation } from '../../data/read-cooperation';
import type { Draft } from '../working-copy/draft';

/** What the map can make of a draft: what it would show, or why it would show nothing. */
export type ReadDraft =
  | { readonly ok: true; readonly loaded: LoadedCooperation }
  | { readonly ok: false; readonly message: string; readonly details: readonly string[] };

/**
 * Reads the draft as the public map reads the published file, with the same reader: every
 * valid entry kept, every broken one left out and counted. Fails only where the map would
 * show its error instead of a map (a broken hub, the wrong top-level shape); never rejects.
 */
export async function readDraft(draft: Draft): Promise<ReadDraft> {
  try {
    const loaded = await readCooperation({ utf8Text: JSON.stringify(draft) });
    return { ok: true, loaded };
  } catch (error) {
    if (error instanceof DataLoadError) {
      return { ok: false, message: error.message, details: error.details };
    }
    return { ok: false, message: String(error), details: [] };
  }
}
