import { z } from 'zod';
import { messages, type ValueKind } from './messages';
import type { DataPath, Problem } from './problem';
import { suggest } from './suggestions';

type Issue = z.core.$ZodIssue;

/** The schema that describes the value at `path` inside a value described by `schema`. */
function schemaAt(schema: z.ZodType, path: DataPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    if (current instanceof z.ZodObject && typeof key === 'string') {
      current = (current.shape as Record<string, z.ZodType>)[key];
    } else if (current instanceof z.ZodArray && typeof key === 'number') {
      current = current.element as z.ZodType;
    } else {
      return undefined;
    }
  }
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

function allowedKeys(schema: z.ZodType, path: DataPath): string[] {
  const object = schemaAt(schema, path);
  return object instanceof z.ZodObject ? Object.keys(object.shape as object) : [];
}

const DECIMAL_TEXT = /^\s*-?\d+(?:[.,]\d+)?\s*$/;

function valueKind(expected: string): ValueKind {
  if (expected === 'int') return 'int';
  if (expected === 'string' || expected === 'number' || expected === 'object') return expected;
  if (expected === 'array') return expected;
  return 'object';
}

function describeType(issue: Extract<Issue, { code: 'invalid_type' }>, path: DataPath): Problem {
  const numeric = issue.expected === 'number' || issue.expected === 'int';
  if (numeric && typeof issue.input === 'string' && DECIMAL_TEXT.test(issue.input)) {
    return { severity: 'error', path, message: messages.numberAsText(issue.input) };
  }
  if (issue.expected === 'int' && typeof issue.input === 'number') {
    return { severity: 'error', path, message: messages.notWhole(issue.input) };
  }
  return {
    severity: 'error',
    path,
    message: messages.wrongType(valueKind(issue.expected), issue.input),
  };
}

function describeRange(
  issue: Extract<Issue, { code: 'too_small' | 'too_big' }>,
  path: DataPath,
): Problem {
  const error = (message: Problem['message']): Problem => ({ severity: 'error', path, message });
  const key = path.at(-1);
  if (issue.origin === 'array') return error(messages.emptyList());
  if (
    issue.message === 'id-length' &&
    issue.code === 'too_big' &&
    typeof issue.input === 'string'
  ) {
    return error(messages.idTooLong(issue.input, Number(issue.maximum)));
  }
  if (issue.origin === 'string') return error(messages.emptyText());
  if (key === 'lat') return error(messages.latitudeRange(issue.input));
  if (key === 'lng') return error(messages.longitudeRange(issue.input));
  if (issue.code === 'too_small') {
    return issue.minimum === 0 && !issue.inclusive
      ? error(messages.notPositive(issue.input))
      : error(messages.tooSmall(Number(issue.minimum), issue.input));
  }
  return error(messages.tooBig(Number(issue.maximum), issue.input));
}

function describeFormat(issue: Issue, path: DataPath, input: string): Problem {
  const error = (message: Problem['message']): Problem => ({ severity: 'error', path, message });
  switch (issue.message) {
    case 'text-format':
      return error(input.trim() === '' ? messages.emptyText() : messages.untrimmedText(input));
    case 'text-visible':
      return error(messages.invisibleText(input));
    case 'id-format':
      return error(messages.idFormat(input));
    case 'country-format':
      return error(messages.countryFormat(input));
    case 'date-format':
      return error(messages.dateFormat(input));
    case 'https-url':
      return error(messages.httpsUrl(input));
    default:
      return error(messages.invalid(issue.message));
  }
}

/**
 * Turns one zod issue into problems an editor can act on. `schema` is the schema the issue
 * came from and `prefix` where its value sits in the file; `value` is that value.
 */
export function describeIssue(
  issue: Issue,
  schema: z.ZodType,
  prefix: DataPath,
  value: unknown,
): Problem[] {
  const local = issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[];
  const path = [...prefix, ...local];
  const key = path.at(-1);
  const typed = issue.code === 'invalid_type' || issue.code === 'invalid_value';
  if (typed && issue.input === undefined && typeof key === 'string') {
    // Whatever the field's type, nothing there means it is missing.
    return [{ severity: 'error', path: path.slice(0, -1), message: messages.missingKey(key) }];
  }
  switch (issue.code) {
    case 'invalid_type':
      return [describeType(issue, path)];
    case 'too_small':
    case 'too_big':
      return [describeRange(issue, path)];
    case 'invalid_format':
      // An empty text fails both text patterns; saying "empty" once is enough.
      if (issue.message === 'text-visible' && String(issue.input).trim() === '') return [];
      return [describeFormat(issue, path, String(issue.input))];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        severity: 'error',
        path: [...path, key],
        at: 'key',
        message: messages.unknownKey(key, suggest(key, allowedKeys(schema, local))),
      }));
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return [
        {
          severity: 'error',
          path,
          message: messages.notAllowed(
            issue.input,
            allowed,
            typeof issue.input === 'string' ? suggest(issue.input, allowed) : undefined,
          ),
        },
      ];
    }
    case 'custom':
      if (issue.message === 'null-island') {
        return [{ severity: 'error', path: [...prefix, 'lat'], message: messages.nullIsland() }];
      }
      if (issue.message === 'date-year' && isVisitLike(value)) {
        return [{ severity: 'error', path, message: messages.dateYear(value.date, value.year) }];
      }
      if (issue.message === 'areas-length') {
        const areas = areasAt(value, local);
        if (areas) {
          const message = messages.areasLength(areas.pl.length, areas.en.length);
          return [{ severity: 'error', path, message }];
        }
      }
      return [{ severity: 'error', path, message: messages.invalid(issue.message) }];
    default:
      return [{ severity: 'error', path, message: messages.invalid(issue.message) }];
  }
}

function isVisitLike(value: unknown): value is { date: string; year: number } {
  return typeof value === 'object' && value !== null && 'date' in value && 'year' in value;
}

/** The areas the refine judged: `path` leads from `value` to them, then to the key it flagged. */
function areasAt(
  value: unknown,
  path: readonly (string | number)[],
): { pl: unknown[]; en: unknown[] } | undefined {
  let areas = value;
  for (const key of path.slice(0, -1)) {
    if (typeof areas !== 'object' || areas === null) return undefined;
    areas = (areas as Record<string | number, unknown>)[key];
  }
  if (typeof areas !== 'object' || areas === null) return undefined;
  const { pl, en } = areas as { pl?: unknown; en?: unknown };
  return Array.isArray(pl) && Array.isArray(en) ? { pl, en } : undefined;
}
