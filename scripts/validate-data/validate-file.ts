import { formatProblem, type Problem } from '../../src/data/validation/problem.ts';
import {
  validateCooperation,
  type ValidateOptions,
  type ValidationResult,
} from '../../src/data/validation/validate-cooperation.ts';
import { decode } from './decode.ts';
import { parseTree } from 'jsonc-parser';
import { messages } from '../../src/data/validation/messages.ts';
import { locate } from './locate.ts';
import { bytePosition, Positions } from './positions.ts';
import { parseJson } from './syntax.ts';

export interface Report<Result = ValidationResult> {
  /** One line per problem, in file order: `file:line:column  path  message`. */
  readonly lines: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  /** What the app would show, or null when the file cannot be used at all. */
  readonly result: Result | null;
}

interface Located {
  readonly line: number;
  readonly column: number;
  readonly problem: Problem;
}

function line(fileName: string, { line, column, problem }: Located): string {
  return `${fileName}:${line}:${column}  ${formatProblem(problem)}`;
}

function report<Result>(
  fileName: string,
  located: Located[],
  result: Result | null,
): Report<Result> {
  const sorted = [...located].sort((a, b) => a.line - b.line || a.column - b.column);
  const errors = sorted.filter((entry) => entry.problem.severity === 'error').length;
  return {
    lines: sorted.map((entry) => line(fileName, entry)),
    errors,
    warnings: sorted.length - errors,
    result,
  };
}

/** What a check makes of a JSON file's parsed value. */
export interface Checked<Result> {
  readonly problems: readonly Problem[];
  readonly result: Result;
}

/**
 * Everything wrong with a JSON file's bytes (encoding, syntax, repeated keys, then what
 * `check` finds in the value), each with its line and column.
 */
export function checkJsonFile<Result>(
  bytes: Uint8Array,
  fileName: string,
  check: (json: unknown) => Checked<Result>,
): Report<Result> {
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const at = bytePosition(bytes, decoded.byteOffset);
    return report<Result>(
      fileName,
      [{ ...at, problem: { severity: 'error', path: [], message: decoded.message } }],
      null,
    );
  }
  const positions = new Positions(decoded.text);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    const { offset, path, message } = parsed.problem;
    return report<Result>(
      fileName,
      [{ ...positions.at(offset), problem: { severity: 'error', path, message } }],
      null,
    );
  }
  const { problems, result } = check(parsed.value);
  const located: Located[] = parsed.duplicateKeys.map(({ offset, path, key }) => ({
    ...positions.at(offset),
    problem: { severity: 'error', path, at: 'key', message: messages.duplicateKey(key) },
  }));
  if (problems.length > 0) {
    // Only a file with problems pays for the syntax tree that finds their lines.
    const tree = parseTree(decoded.text)!;
    for (const problem of problems) {
      located.push({ ...positions.at(locate(tree, problem)), problem });
    }
  }
  return report(fileName, located, result);
}

/** Everything wrong with a data file's bytes, each with its line and column. */
export function validateFile(
  bytes: Uint8Array,
  fileName: string,
  options: ValidateOptions = {},
): Report {
  return checkJsonFile(bytes, fileName, (json) => {
    const result = validateCooperation(json, options);
    return { problems: result.problems, result };
  });
}
