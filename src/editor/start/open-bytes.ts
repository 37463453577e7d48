import { isRecord } from '../../data/is-record';
import { readJsonBytes, type NotJson } from '../../data/read-json-bytes';
import type { Problem } from '../../data/validation/problem';
import { checkDraft } from '../validation/check-draft';
import type { Draft } from '../working-copy/draft';
import { parsePosition, type TextPosition } from './json-position';

/** What the reader noticed about a file it could open. */
export interface OpenNotes {
  /** Not UTF-8: read anyway (UTF-16, or with U+FFFD for bad bytes); some letters may be wrong. */
  readonly notUtf8: boolean;
  /** Keys written twice (JSON.parse kept the last). */
  readonly duplicateKeys: number;
}

export type Opened =
  | {
      readonly ok: true;
      readonly original: string;
      readonly draft: Draft;
      readonly notes: OpenNotes;
    }
  | { readonly ok: false; readonly why: 'not-text' | 'empty' | 'web-page' | 'too-large' }
  | {
      readonly ok: false;
      readonly why: 'not-json';
      readonly at: TextPosition | undefined;
      readonly detail: string | undefined;
    }
  /** JSON, but not an object: nothing to edit with forms; the validator's words say so. */
  | { readonly ok: false; readonly why: 'not-object'; readonly problems: readonly Problem[] };

/** Far above any data file (the real one is 46 KB), and under what the browser can keep. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

function notJson(why: NotJson, text: string, detail: string | undefined): Opened {
  if (why !== 'not-json') return { ok: false, why };
  return {
    ok: false,
    why,
    at: detail === undefined ? undefined : parsePosition(text, detail),
    detail,
  };
}

/**
 * A data file's bytes as a working copy, read by the app's own reader (the map's decoding
 * policy, duplicate keys found), or precisely why it cannot be one.
 */
export function openBytes(bytes: Uint8Array): Opened {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, why: 'too-large' };
  const read = readJsonBytes(bytes);
  if (!read.ok) {
    return read.why === 'not-text'
      ? { ok: false, why: 'not-text' }
      : notJson(read.why, read.text, read.detail);
  }
  if (!isRecord(read.json))
    return { ok: false, why: 'not-object', problems: checkDraft(read.json) };
  return {
    ok: true,
    original: read.text,
    draft: read.json,
    notes: { notUtf8: read.notUtf8 !== undefined, duplicateKeys: read.duplicateKeyCount },
  };
}
