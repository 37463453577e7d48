import '../zod-browser';
import type { z } from 'zod';
import type { DuplicateKey } from '../scan-json';
import { citySchema, hubSchema, sourceSchema, themeSchema, visitSchema } from '../schema';
import {
  checkCooperation,
  type CheckOptions,
  type Checked,
  type ShapeCheck,
  type Shapes,
} from './check-cooperation';
import { describeIssue } from './describe-issue';
import type { Finding, Words } from './finding';
import { messages } from './messages';
import type { Problem } from './problem';
import { plain, suggest, Suggester } from './suggestions';

export interface ValidateOptions extends CheckOptions {
  /**
   * Given, each problem goes here as it is found instead of into the result's `problems`
   * (then empty): the command line keeps only the first few of a huge broken file.
   */
  readonly onProblem?: (problem: Problem) => void;
}

export interface ValidationResult extends Checked {
  /**
   * Everything found. Some errors leave nothing out (an unknown top-level key, a hub in the
   * wrong country): they fail the validator and the build, but the map can still be drawn.
   */
  readonly problems: readonly Problem[];
}

const words: Words = { messages, suggest, Suggester, plain };

/** A problem zod described already, as a finding. */
function found({ message, ...where }: Problem): Finding {
  return { ...where, describe: () => message };
}

function fromSchema<T>(schema: z.ZodType<T>): ShapeCheck<T> {
  return (raw, path, report) => {
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      describeIssue(issue, schema, path, raw).forEach((problem) => report(found(problem)));
    }
    return undefined;
  };
}

/** zod, with a message for every issue it finds. */
const zodShapes: Shapes = {
  hub: fromSchema(hubSchema),
  source: fromSchema(sourceSchema),
  theme: fromSchema(themeSchema),
  city: fromSchema(citySchema),
  visit: fromSchema(visitSchema),
};

/** A finding in words: Polish and English. */
function toProblem({ describe, ...where }: Finding): Problem {
  return { ...where, message: describe(words) };
}

/**
 * The precise path: checks parsed JSON against the data contract (zod) and its meaning
 * (unique ids, references, years, countries, places), keeps every valid entry and says
 * precisely what is wrong with the others. `npm run validate-data` runs it, and the app when
 * the quick path finds the file not valid.
 */
export function checkPrecisely(json: unknown, options: ValidateOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const { onProblem = (problem: Problem) => void problems.push(problem) } = options;
  const checked = checkCooperation(
    json,
    zodShapes,
    (finding) => onProblem(toProblem(finding)),
    options,
  );
  return { ...checked, problems };
}

/** A key written twice (found by the reader, scan-json.ts): an error, though nothing is left out. */
export function duplicateKeyProblem({ path, key }: DuplicateKey): Problem {
  // The copy that counts (the last, as JSON.parse keeps it) may not be the one meant.
  return {
    severity: 'error',
    path: [...path, key],
    at: 'key',
    message: messages.duplicateKey(key),
  };
}
