import type { DataPath } from '../../data/validation/problem';

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** A key written as plain data: "__proto__" becomes an own property, never the prototype. */
function withKey(object: Record<string, unknown>, key: string, value: unknown) {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, writable: true, enumerable: true, configurable: true });
  return copy;
}

/** The child at `key`, only if it is the container's own (never Object.prototype's). */
function child(container: unknown, key: string | number): unknown {
  if (Array.isArray(container)) {
    return typeof key === 'number' && key >= 0 && key < container.length
      ? container[key]
      : undefined;
  }
  if (!isContainer(container)) return undefined;
  const name = String(key);
  return Object.hasOwn(container, name) ? (container as Record<string, unknown>)[name] : undefined;
}

/** The value at `path`, or undefined where there is none. */
export function getAt(root: unknown, path: DataPath): unknown {
  let value = root;
  for (const key of path) value = child(value, key);
  return value;
}

/** A copy of `container` (or a new array/object when it is none) with `value` at `key`. */
function put(container: unknown, key: string | number, value: unknown): Container {
  if (typeof key === 'number') {
    const array = Array.isArray(container) ? [...container] : [];
    if (key < 0 || key > array.length || !Number.isInteger(key)) {
      throw new RangeError(`Index ${key} is outside the list of ${array.length}`);
    }
    array[key] = value;
    return array;
  }
  const object =
    isContainer(container) && !Array.isArray(container) ? container : ({} as Record<string, never>);
  return withKey(object, key, value);
}

/** A copy of `root` with only the containers along `path` copied and `change` applied at its end. */
function update(
  root: unknown,
  path: DataPath,
  change: (parent: unknown, key: string | number) => Container,
): unknown {
  const [key, ...rest] = path;
  if (key === undefined) throw new RangeError('An empty path points at the whole file');
  if (rest.length === 0) return change(root, key);
  return put(root, key, update(child(root, key), rest, change));
}

/**
 * `root` with `value` at `path`, creating missing objects (or arrays, for a number key) on the
 * way. Existing keys keep their place; a new key goes last.
 */
export function setAt<T>(root: T, path: DataPath, value: unknown): T {
  return update(root, path, (parent, key) => put(parent, key, value)) as T;
}

/** `root` without the key at `path` (an array item is spliced out). Nothing there: unchanged. */
export function removeAt<T>(root: T, path: DataPath): T {
  const parentPath = path.slice(0, -1);
  const key = path.at(-1);
  if (key === undefined) throw new RangeError('An empty path points at the whole file');
  const parent = getAt(root, parentPath);
  if (Array.isArray(parent)) {
    if (typeof key !== 'number' || key < 0 || key >= parent.length) return root;
  } else if (!isContainer(parent) || !Object.hasOwn(parent, String(key))) return root;
  return update(root, path, (container) => {
    if (Array.isArray(container)) return container.filter((_, index) => index !== key);
    const copy: Record<string, unknown> = {};
    for (const name of Object.keys(container as Record<string, unknown>)) {
      if (name !== String(key)) {
        Object.defineProperty(copy, name, {
          value: (container as Record<string, unknown>)[name],
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
    }
    return copy;
  }) as T;
}

/** `root` with `value` inserted into the array at `path` (its last key is the index; length appends). */
export function insertAt<T>(root: T, path: DataPath, value: unknown): T {
  return update(root, path, (parent, key) => {
    const array = Array.isArray(parent) ? [...parent] : [];
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key > array.length) {
      throw new RangeError(`Cannot insert at ${String(key)} in a list of ${array.length}`);
    }
    array.splice(key, 0, value);
    return array;
  }) as T;
}
