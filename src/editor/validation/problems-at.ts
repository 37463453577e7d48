import type { DataPath, Problem } from '../../data/validation/problem';
import { fieldId } from './field-id';

const byField = new WeakMap<readonly Problem[], Map<string, Problem[]>>();

/** The problems at exactly `path`, grouped once per check (every field asks). */
export function problemsAt(problems: readonly Problem[], path: DataPath): readonly Problem[] {
  let index = byField.get(problems);
  if (!index) {
    index = new Map();
    for (const problem of problems) {
      const id = fieldId(problem.path);
      index.set(id, [...(index.get(id) ?? []), problem]);
    }
    byField.set(problems, index);
  }
  return index.get(fieldId(path)) ?? [];
}
