import type { DataPath } from './validation/problem';

/** A key written twice in one object: JSON.parse keeps the last silently. */
export interface DuplicateKey {
  /** Where the second one is: the object's path, the key, and the offset of its quote. */
  readonly path: DataPath;
  readonly key: string;
  readonly offset: number;
}

/** What JSON.parse does not tell about a text it accepted. */
export interface JsonScan {
  /** The keys written twice in one object, in file order: the first `maxDuplicateKeys`. */
  readonly duplicateKeys: readonly DuplicateKey[];
  /** All of them, including those past the ones kept. */
  readonly duplicateKeyCount: number;
  /** Offset of the first bracket that opens a level deeper than `maxDepth`, if any. */
  readonly tooDeepAt: number | undefined;
}

/** An open object (its keys so far, and the one being read) or list (the item being read). */
type Open = { keys: Set<string>; key: string } | { keys: null; index: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Offset of the quote that ends the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function pathOf(open: readonly Open[]): (string | number)[] {
  return open.map((container) => (container.keys ? container.key : container.index));
}

/**
 * The keys written twice and the nesting of a text JSON.parse has accepted: it relies on the
 * text being valid. One pass, jumping from quote to quote, so a large file costs little;
 * memory stays bounded by `maxDuplicateKeys`, however many a broken file has.
 */
export function scanJson(
  text: string,
  { maxDuplicateKeys = 200, maxDepth = Infinity } = {},
): JsonScan {
  const duplicateKeys: DuplicateKey[] = [];
  let duplicateKeyCount = 0;
  let tooDeepAt: number | undefined;
  const open: Open[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      let next = end + 1;
      while (isSpace(text.charCodeAt(next))) next += 1;
      const container = open.at(-1);
      if (text.charCodeAt(next) === 0x3a && container?.keys) {
        const written = text.slice(i + 1, end);
        const key = written.includes('\\') ? (JSON.parse(`"${written}"`) as string) : written;
        if (container.keys.has(key)) {
          duplicateKeyCount += 1;
          if (duplicateKeys.length < maxDuplicateKeys) {
            duplicateKeys.push({ path: pathOf(open.slice(0, -1)), key, offset: i });
          }
        }
        container.keys.add(key);
        container.key = key;
        i = next + 1;
      } else {
        i = end + 1;
      }
      continue;
    }
    if (code === 0x7b || code === 0x5b) {
      if (open.length >= maxDepth) tooDeepAt ??= i;
      open.push(code === 0x7b ? { keys: new Set(), key: '' } : { keys: null, index: 0 });
    } else if (code === 0x7d || code === 0x5d) open.pop();
    else if (code === 0x2c) {
      const container = open.at(-1);
      if (container && !container.keys) container.index += 1;
    }
    i += 1;
  }
  return { duplicateKeys, duplicateKeyCount, tooDeepAt };
}

/** How many key separators the text has: each colon after a quote that is not escaped. */
function colonsAfterQuotes(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let before = colon - 1;
    while (isSpace(text.charCodeAt(before))) before -= 1;
    if (text.charCodeAt(before) !== QUOTE) continue;
    let backslashes = 0;
    while (text.charCodeAt(before - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) count += 1;
  }
  return count;
}

/** How many keys the parsed value has, at every level (a loop, not recursion: any depth). */
function parsedKeys(json: unknown): number {
  let count = 0;
  const pending: unknown[] = [json];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object') pending.push(item);
      continue;
    }
    for (const key in value) {
      count += 1;
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object') pending.push(item);
    }
  }
  return count;
}

/**
 * Whether `text` may have a key written twice, cheaply (a tenth of scanJson's time on a large
 * file): false means certainly none. Every key of valid JSON ends in a quote followed by a
 * colon, and JSON.parse keeps one key per name in an object, so a key written twice leaves
 * more such colons than keys parsed. A colon inside a string can follow a quote too (`": "`
 * as a value), which only ever makes the answer true without need: scanJson then says.
 */
export function mayRepeatKeys(text: string, json: unknown): boolean {
  return colonsAfterQuotes(text) !== parsedKeys(json);
}
