import { isRecord } from '../../data/is-record';
import type { DataPath } from '../../data/validation/problem';
import { contractKeyOrder } from './contract-key-order';
import { expandedObjects, pathKey } from './original-layout';

/** The project's Prettier width (.prettierrc), which `npm run lint` holds data/ to. */
const PRINT_WIDTH = 100;
const INDENT = '  ';

/**
 * The keys of a draft object in the order to write them. Keys the file already had keep the
 * file's order; a key the file did not have goes where the contract puts it (after the last
 * key the contract puts before it); an object the file did not have follows the contract.
 * Keys the contract does not know (an invalid draft) stay at the end, in the draft's order.
 */
export function orderKeys(
  keys: readonly string[],
  contract: readonly string[],
  original: readonly string[] | undefined,
): string[] {
  const rank = (key: string) => {
    const index = contract.indexOf(key);
    return index === -1 ? contract.length : index;
  };
  const present = new Set(keys);
  const ordered = (original ?? []).filter((key) => present.has(key));
  const kept = new Set(ordered);
  const added = keys.filter((key) => !kept.has(key));
  added.sort((a, b) => rank(a) - rank(b));
  for (const key of added) {
    const keyRank = rank(key);
    let at = ordered.length;
    if (keyRank < contract.length) {
      const firstAfter = ordered.findIndex((other) => rank(other) > keyRank);
      if (firstAfter !== -1) at = firstAfter;
    }
    ordered.splice(at, 0, key);
  }
  return ordered;
}

/** Where the draft's `path` was in the original: entries of lists matched by id, else by index. */
function originalPath(printer: Printer, path: DataPath): { path: DataPath; value: unknown } {
  let originalValue = printer.original;
  let draftValue = printer.draft;
  const found: (string | number)[] = [];
  for (const key of path) {
    const draftChild: unknown = Array.isArray(draftValue)
      ? draftValue[key as number]
      : isRecord(draftValue)
        ? draftValue[key as string]
        : undefined;
    if (Array.isArray(originalValue) && typeof key === 'number') {
      const id = isRecord(draftChild) ? draftChild.id : undefined;
      const byId =
        typeof id === 'string'
          ? originalValue.findIndex((entry) => isRecord(entry) && entry.id === id)
          : -1;
      const index = byId === -1 ? key : byId;
      originalValue = originalValue[index];
      found.push(index);
    } else {
      originalValue = isRecord(originalValue) ? originalValue[key as string] : undefined;
      found.push(key);
    }
    draftValue = draftChild;
  }
  return { path: found, value: originalValue };
}

interface Printer {
  readonly draft: unknown;
  readonly original: unknown;
  /** The objects the original file writes on several lines (original-layout.ts). */
  readonly expanded: ReadonlySet<string>;
}

function wasExpanded(printer: Printer, path: DataPath): boolean {
  const original = originalPath(printer, path);
  return isRecord(original.value) && printer.expanded.has(pathKey(original.path));
}

/**
 * Prettier breaks an array of two or more objects (or arrays), each with two or more members,
 * one per line even when it would fit.
 */
function mustBreak(value: readonly unknown[]): boolean {
  return (
    value.length > 1 &&
    value.every(
      (item) =>
        (isRecord(item) && Object.keys(item).length > 1) ||
        (Array.isArray(item) && item.length > 1),
    ) &&
    value.every((item) => Array.isArray(item) === Array.isArray(value[0]))
  );
}

function entries(printer: Printer, value: object, path: DataPath): [string | undefined, unknown][] {
  if (Array.isArray(value)) return value.map((item: unknown) => [undefined, item]);
  const record = value as Record<string, unknown>;
  const { value: original } = originalPath(printer, path);
  const keys = orderKeys(
    Object.keys(record).filter((key) => record[key] !== undefined),
    contractKeyOrder(path.map((key) => (typeof key === 'number' ? 0 : key))),
    isRecord(original) ? Object.keys(original) : undefined,
  );
  return keys.map((key) => [key, record[key]]);
}

function childPath(path: DataPath, key: string | undefined, index: number): DataPath {
  return [...path, key ?? index];
}

/** The value on one line, or undefined when Prettier would never put it on one. */
function flat(printer: Printer, value: unknown, path: DataPath): string | undefined {
  if (!isRecord(value) && !Array.isArray(value)) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value) && mustBreak(value)) return undefined;
  if (isRecord(value) && wasExpanded(printer, path)) return undefined;
  const parts: string[] = [];
  const list = entries(printer, value, path);
  for (const [index, [key, item]] of list.entries()) {
    const text = flat(printer, item, childPath(path, key, index));
    if (text === undefined) return undefined;
    parts.push(key === undefined ? text : `${JSON.stringify(key)}: ${text}`);
  }
  if (Array.isArray(value)) return `[${parts.join(', ')}]`;
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

function print(
  printer: Printer,
  value: unknown,
  path: DataPath,
  depth: number,
  column: number,
  after: number,
): string {
  const oneLine = flat(printer, value, path);
  if (
    oneLine !== undefined &&
    (column + oneLine.length + after <= PRINT_WIDTH || (!isRecord(value) && !Array.isArray(value)))
  )
    return oneLine;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  const inner = INDENT.repeat(depth + 1);
  const list = entries(printer, value as object, path);
  const lines = list.map(([key, item], index) => {
    const head = key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
    const last = index === list.length - 1;
    const text = print(
      printer,
      item,
      childPath(path, key, index),
      depth + 1,
      head.length,
      last ? 0 : 1,
    );
    return `${head}${text}${last ? '' : ','}`;
  });
  if (lines.length === 0) return `${open}${close}`;
  return `${open}\n${lines.join('\n')}\n${INDENT.repeat(depth)}${close}`;
}

/**
 * The draft as the text of cooperation.json, laid out as Prettier lays out the file in the
 * repository (2-space indent, objects on one line where they fit in 100 columns, a trailing
 * newline), keys in the original file's order: the web team's diff shows only what changed.
 */
export function serialize(draft: unknown, originalText?: string): string {
  const printer = { draft, ...readOriginal(originalText) };
  return `${print(printer, draft, [], 0, 0, 0)}\n`;
}

function readOriginal(text: string | undefined): Omit<Printer, 'draft'> {
  if (text === undefined) return { original: undefined, expanded: new Set() };
  try {
    return { original: JSON.parse(text), expanded: expandedObjects(text) };
  } catch {
    return { original: undefined, expanded: new Set() };
  }
}
