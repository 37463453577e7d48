import { parseTree, type Node } from 'jsonc-parser';
import { readJsonBytes, type NotUtf8 } from '../../src/data/read-json-bytes.ts';
import { messages } from '../../src/data/validation/messages.ts';
import { formatProblem, type Bilingual, type Problem } from '../../src/data/validation/problem.ts';
import {
  checkPrecisely,
  duplicateKeyProblem,
  type ValidateOptions,
  type ValidationResult,
} from '../../src/data/validation/precise-path.ts';
import { FirstInFileOrder, type Located } from './first-in-file-order.ts';
import { locate } from './locate.ts';
import { bytePosition, Positions } from './positions.ts';
import { MAX_DEPTH, syntaxProblem, tooDeep, type SyntaxProblem } from './syntax.ts';

/** The validator lists this many problems at most; a file with more needs a different fix. */
export const MAX_LISTED = 200;

export interface Report<Result = ValidationResult> {
  /** One line per problem, in file order: `file:line:column  path  message`. */
  readonly lines: readonly string[];
  /** Problems found but not listed, past the first MAX_LISTED. */
  readonly unlisted: number;
  readonly errors: number;
  readonly warnings: number;
  /** What the app would show, or null when the file cannot be used at all. */
  readonly result: Result | null;
}

function line(fileName: string, { line, column, problem }: Located): string {
  return `${fileName}:${line}:${column}  ${formatProblem(problem)}`;
}

function report<Result>(
  fileName: string,
  found: FirstInFileOrder,
  result: Result | null,
): Report<Result> {
  const listed = found.first();
  return {
    lines: listed.map((entry) => line(fileName, entry)),
    unlisted: found.errors + found.warnings - listed.length,
    errors: found.errors,
    warnings: found.warnings,
    result,
  };
}

/** What the shared reader found instead of UTF-8, in the validator's words. */
function encodingMessage(notUtf8: NotUtf8): Bilingual {
  switch (notUtf8.kind) {
    case 'byte-order-mark':
      return messages.byteOrderMark(notUtf8.encoding);
    case 'bad-byte':
      return messages.notUtf8(notUtf8.byte, notUtf8.byteOffset);
    case 'undecodable':
      return messages.undecodable(notUtf8.detail);
  }
}

/** What a file's check makes of its parsed value; it hands each problem to `onProblem`. */
export type Check<Result> = (json: unknown, onProblem: (problem: Problem) => void) => Result;

/**
 * Everything wrong with a JSON file's bytes (encoding, syntax, repeated keys, then what
 * `check` finds in the value), each with its line and column: the first `maxListed` in file
 * order, and how many errors and warnings in all. Memory stays bounded by `maxListed`,
 * however many problems a broken file has. The bytes are read as the app reads them
 * (read-json-bytes.ts); what the app only warns about, a file not in UTF-8, fails here.
 */
export function checkJsonFile<Result>(
  bytes: Uint8Array,
  fileName: string,
  check: Check<Result>,
  maxListed = MAX_LISTED,
): Report<Result> {
  const found = new FirstInFileOrder(maxListed);
  const read = readJsonBytes(bytes, { maxDuplicateKeys: maxListed, maxDepth: MAX_DEPTH });
  const refuseEncoding = (notUtf8: NotUtf8) => {
    const problem: Problem = { severity: 'error', path: [], message: encodingMessage(notUtf8) };
    found.add({ ...bytePosition(bytes, notUtf8.byteOffset), problem });
    return report<Result>(fileName, found, null);
  };
  // Not read at all, or read from another encoding: the validator wants UTF-8 either way.
  if (!read.ok && read.why === 'not-text') return refuseEncoding(read.notUtf8);
  if (read.notUtf8 !== undefined) return refuseEncoding(read.notUtf8);
  const positions = new Positions(read.text);
  const refuse = ({ offset, path, message }: SyntaxProblem) => {
    found.add({ ...positions.at(offset), problem: { severity: 'error', path, message } });
    return report<Result>(fileName, found, null);
  };
  if (!read.ok) return refuse(syntaxProblem(read.text));
  if (read.tooDeepAt !== undefined) return refuse(tooDeep(read.tooDeepAt));
  for (const duplicate of read.duplicateKeys) {
    found.add({ ...positions.at(duplicate.offset), problem: duplicateKeyProblem(duplicate) });
  }
  found.countUnlisted('error', read.duplicateKeyCount - read.duplicateKeys.length);
  // Only a file with problems pays for the syntax tree that finds their lines.
  let tree: Node | undefined;
  const result = check(read.json, (problem) => {
    tree ??= parseTree(read.text)!;
    found.add({ ...positions.at(locate(tree, problem)), problem });
  });
  return report(fileName, found, result);
}

/** Everything wrong with a data file's bytes, each with its line and column. */
export function validateFile(
  bytes: Uint8Array,
  fileName: string,
  options: ValidateOptions = {},
  maxListed = MAX_LISTED,
): Report {
  return checkJsonFile(
    bytes,
    fileName,
    (json, onProblem) =>
      checkPrecisely(json, {
        // The build's clock is right, so a year in the future is a typo: fail the build.
        futureYears: 'error',
        ...options,
        onProblem,
      }),
    maxListed,
  );
}
