import { messages } from '../../src/data/validation/messages.ts';
import type { Bilingual } from '../../src/data/validation/problem.ts';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly byteOffset: number; readonly message: Bilingual };

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

/** Byte order marks of encodings other than UTF-8, longest first (UTF-32 LE starts like UTF-16 LE). */
const OTHER_MARKS: readonly (readonly [encoding: string, bytes: readonly number[]])[] = [
  ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16 LE', [0xff, 0xfe]],
  ['UTF-16 BE', [0xfe, 0xff]],
];

function startsWith(bytes: Uint8Array, mark: readonly number[]): boolean {
  return mark.every((byte, index) => bytes[index] === byte);
}

/**
 * The file's text, as the app would read it: UTF-8, with an optional byte order mark.
 * Other encodings are refused, saying what was found: the byte order mark of another
 * encoding, or the first bad byte and its offset.
 */
export function decode(bytes: Uint8Array): Decoded {
  const other = OTHER_MARKS.find(([, mark]) => startsWith(bytes, mark));
  if (other) return { ok: false, byteOffset: 0, message: messages.byteOrderMark(other[0]) };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body),
    };
  } catch (error) {
    const offset = firstInvalidUtf8(body);
    if (offset < 0) {
      // Not a bad byte (say, too little memory for the text): say what it was.
      return { ok: false, byteOffset: 0, message: messages.undecodable(String(error)) };
    }
    return {
      ok: false,
      byteOffset: start + offset,
      message: messages.notUtf8(body[offset]!, start + offset),
    };
  }
}
