/**
 * Test support for the guard fuzzers (shape-guards.test.ts, map-settings-guard.test.ts):
 * copying and editing JSON-like values exactly as JSON.parse makes them.
 */

/** Uniform numbers in [0, 1), from a seeded generator so that a failing case comes again. */
export type Random = () => number;
export type Fields = Record<string, unknown>;
export type Path = readonly (string | number)[];

export function isContainer(value: unknown): value is Fields | unknown[] {
  return typeof value === 'object' && value !== null;
}

/** An own, enumerable data property, as JSON.parse makes: works for "__proto__" too. */
export function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** A deep copy that keeps -0, holes and own "__proto__" keys. */
export function clone(value: unknown): unknown {
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (let index = 0; index < value.length; index += 1) {
      if (index in value) copy[index] = clone(value[index]);
    }
    return copy;
  }
  if (isContainer(value)) {
    const copy = {};
    for (const key of Object.keys(value)) define(copy, key, clone((value as Fields)[key]));
    return copy;
  }
  return value;
}

/** A copy of `base` with the value at `path` replaced (or deleted, for `undefined`). */
export function edit(base: unknown, path: Path, value?: unknown): unknown {
  return setAt(clone(base), path, value, value === undefined);
}

export function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) {
    if (!isContainer(node) || !Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Fields)[key];
  }
  return node;
}

/** Sets (or deletes) in place; returns the new root, which differs when the path is empty. */
export function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (!isContainer(parent)) return root;
  if (remove) delete (parent as Fields)[key];
  else define(parent, key, value);
  return root;
}

export function paths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (isContainer(value)) {
    for (const key of Object.keys(value)) {
      const step = Array.isArray(value) ? Number(key) : key;
      paths((value as Fields)[key], [...path, step], out);
    }
  }
  return out;
}

/** One of `items` (which may hold undefined, unlike generate-data's pick). */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
