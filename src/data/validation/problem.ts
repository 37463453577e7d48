/** A message given in both languages: Polish for the editors, English for everyone else. */
export interface Bilingual {
  readonly pl: string;
  readonly en: string;
}

export type DataPath = readonly (string | number)[];

/**
 * One thing wrong with the data file. Errors leave the entry out of the map; warnings do not.
 * `at: 'key'` points at a property's name rather than at its value (e.g. an unknown key).
 */
export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly path: DataPath;
  readonly message: Bilingual;
  readonly at?: 'key' | 'value';
}

export function formatPath(path: DataPath): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

/** "nieznane miasto "kiev" (unknown city "kiev")": Polish first, English in brackets. */
export function formatMessage(message: Bilingual): string {
  return `${message.pl} (${message.en})`;
}

/** One line a person can act on: where, then what. */
export function formatProblem(problem: Problem): string {
  const where = formatPath(problem.path) || '(plik / file)';
  const prefix = problem.severity === 'warning' ? 'ostrzeżenie: ' : '';
  const message =
    problem.severity === 'warning'
      ? { pl: prefix + problem.message.pl, en: `warning: ${problem.message.en}` }
      : problem.message;
  return `${where}  ${formatMessage(message)}`;
}
