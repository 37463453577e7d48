import type { z } from 'zod';
import { cooperationSchema } from '../../data/schema';
import type { DataPath } from '../../data/validation/problem';

type Schema = z.core.$ZodType;

/** Optional, nullable and piped schemas stand for the schema inside them here. */
function unwrap(schema: Schema): Schema {
  const { def } = schema._zod;
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
    return unwrap((def as unknown as { innerType: Schema }).innerType);
  if (def.type === 'pipe') return unwrap((def as unknown as { in: Schema }).in);
  return schema;
}

function child(schema: Schema, key: string | number): Schema | undefined {
  const { def } = schema._zod;
  if (typeof key === 'number')
    return def.type === 'array'
      ? unwrap((def as unknown as { element: Schema }).element)
      : undefined;
  if (def.type !== 'object') return undefined;
  const shape = (def as unknown as { shape: Record<string, Schema> }).shape;
  return Object.hasOwn(shape, key) ? unwrap(shape[key]!) : undefined;
}

/**
 * The contract's key order for the object at `path` ("id", "name", "country", … for a city):
 * the order of the keys in src/data/schema.ts. Empty where the contract has no object.
 */
export function contractKeyOrder(path: DataPath): readonly string[] {
  let schema: Schema | undefined = unwrap(cooperationSchema);
  for (const key of path) {
    schema = child(schema, key);
    if (!schema) return [];
  }
  const { def } = schema._zod;
  if (def.type !== 'object') return [];
  return Object.keys((def as unknown as { shape: Record<string, Schema> }).shape);
}
