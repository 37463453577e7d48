import { mayRepeatKeys, scanJson, type JsonScan } from './scan-json';

/**
 * The one reader of a JSON file's bytes, for the app (the data file as fetched) and for
 * `npm run validate-data`: one decoding policy, one parse. The app shows what can be read and
 * warns; the validator refuses anything that is not UTF-8 and says what it found.
 *
 * The policy (the browser's, made explicit: the app fetches the bytes and decodes them here,
 * never with `response.text()`):
 * - UTF-8, with or without a byte order mark (dropped): read as it is.
 * - UTF-16 LE or BE with a byte order mark: read, and `notUtf8` says so.
 * - UTF-8 with bytes that are not UTF-8 (e.g. saved as Windows-1250): read with U+FFFD in
 *   place of each bad sequence, and `notUtf8` names the first bad byte.
 * - UTF-32 (by its byte order mark), or text the decoder cannot make at all: not read.
 */

/** How the bytes differ from UTF-8; `byteOffset` is where the validator points. */
export type NotUtf8 =
  | { readonly kind: 'byte-order-mark'; readonly encoding: OtherEncoding; readonly byteOffset: 0 }
  | { readonly kind: 'bad-byte'; readonly byte: number; readonly byteOffset: number }
  | { readonly kind: 'undecodable'; readonly detail: string; readonly byteOffset: 0 };

type OtherEncoding = 'UTF-16 LE' | 'UTF-16 BE' | 'UTF-32 LE' | 'UTF-32 BE';

type Decoded =
  | { readonly ok: true; readonly text: string; readonly notUtf8: NotUtf8 | undefined }
  | { readonly ok: false; readonly notUtf8: NotUtf8 };

/** Byte order marks of encodings other than UTF-8, longest first (UTF-32 LE starts like UTF-16 LE). */
const OTHER_MARKS: readonly (readonly [OtherEncoding, readonly number[]])[] = [
  ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16 LE', [0xff, 0xfe]],
  ['UTF-16 BE', [0xfe, 0xff]],
];

const UTF8_MARK = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, mark: readonly number[]): boolean {
  return mark.every((byte, index) => bytes[index] === byte);
}

/** Byte offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    let length = 0;
    let min = 0;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (length > 1) {
      let code = lead & (0x7f >> length);
      for (let k = 1; k < length; k += 1) {
        const next = bytes[i + k];
        if (next === undefined || (next & 0xc0) !== 0x80) return i;
        code = (code << 6) | (next & 0x3f);
      }
      if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    }
    i += length;
  }
  return -1;
}

function decodeUtf8(bytes: Uint8Array): Decoded {
  const start = startsWith(bytes, UTF8_MARK) ? UTF8_MARK.length : 0;
  const body = bytes.subarray(start);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, notUtf8: undefined };
  } catch (error) {
    const offset = firstInvalidUtf8(body);
    if (offset < 0) {
      // Not a bad byte (say, too little memory for the text): say what it was.
      return { ok: false, notUtf8: { kind: 'undecodable', detail: String(error), byteOffset: 0 } };
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    const notUtf8 = { kind: 'bad-byte', byte: body[offset]!, byteOffset: start + offset } as const;
    return { ok: true, text, notUtf8 };
  }
}

/** The bytes as text, by the policy above. */
function decode(bytes: Uint8Array): Decoded {
  const other = OTHER_MARKS.find(([, mark]) => startsWith(bytes, mark));
  if (other === undefined) return decodeUtf8(bytes);
  const [encoding] = other;
  const notUtf8 = { kind: 'byte-order-mark', encoding, byteOffset: 0 } as const;
  if (encoding === 'UTF-32 LE' || encoding === 'UTF-32 BE') return { ok: false, notUtf8 };
  try {
    // TextDecoder drops the byte order mark by itself.
    const label = encoding === 'UTF-16 LE' ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: new TextDecoder(label).decode(bytes), notUtf8 };
  } catch (error) {
    return { ok: false, notUtf8: { kind: 'undecodable', detail: String(error), byteOffset: 0 } };
  }
}

/** Why a text is not JSON: empty, a web page (a server's error page), or anything else. */
export type NotJson = 'empty' | 'web-page' | 'not-json';

type ParsedJson =
  | ({ readonly ok: true; readonly json: unknown } & JsonScan)
  | { readonly ok: false; readonly why: NotJson; readonly detail?: string };

export interface ReadOptions {
  /** How many of the keys written twice to keep (all are counted). */
  readonly maxDuplicateKeys?: number;
  /** Nesting deeper than this is reported (JsonScan.tooDeepAt), not refused. */
  readonly maxDepth?: number;
}

/** The text as JSON (JSON.parse), with what JSON.parse does not tell (scan-json.ts). */
function parseJson(text: string, options: ReadOptions = {}): ParsedJson {
  if (text.trim() === '') return { ok: false, why: 'empty' };
  if (text.trimStart().startsWith('<')) return { ok: false, why: 'web-page' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, why: 'not-json', detail: String(error) };
  }
  // The full scan only where it may find something: a large file is read sooner.
  const scan =
    options.maxDepth === undefined && !mayRepeatKeys(text, json)
      ? NOTHING_FOUND
      : scanJson(text, options);
  return { ok: true, json, ...scan };
}

const NOTHING_FOUND: JsonScan = { duplicateKeys: [], duplicateKeyCount: 0, tooDeepAt: undefined };

/** What readJsonBytes made of a file's bytes. */
export type ReadJson =
  | ({
      readonly ok: true;
      readonly text: string;
      readonly json: unknown;
      readonly notUtf8: NotUtf8 | undefined;
    } & JsonScan)
  | { readonly ok: false; readonly why: 'not-text'; readonly notUtf8: NotUtf8 }
  | {
      readonly ok: false;
      readonly why: NotJson;
      readonly text: string;
      readonly notUtf8: NotUtf8 | undefined;
      readonly detail?: string;
    };

/** A file's bytes, or its text when already decoded from plain UTF-8 bytes (read-body.ts). */
export type JsonSource = ArrayBuffer | Uint8Array | { readonly utf8Text: string };

/** A JSON file's bytes, decoded by the policy above, and parsed. */
export function readJsonBytes(source: JsonSource, options: ReadOptions = {}): ReadJson {
  const decoded =
    'utf8Text' in source
      ? ({ ok: true, text: source.utf8Text, notUtf8: undefined } as const)
      : decode(source instanceof Uint8Array ? source : new Uint8Array(source));
  if (!decoded.ok) return { ok: false, why: 'not-text', notUtf8: decoded.notUtf8 };
  const { text, notUtf8 } = decoded;
  const parsed = parseJson(text, options);
  return { ...parsed, text, notUtf8 };
}
