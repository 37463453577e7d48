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

/** Where the checks put what they find: an array, or a caller's own bounded log. */
export interface ProblemSink {
  push(...problems: Problem[]): unknown;
}

const PLAIN_KEY = /^[A-Za-z_$][\w$]*$/;

/** `visits[5].cityIds[0]`; a key that is not a plain name is quoted: `cities[0]["name.pl"]`. */
export function formatPath(path: DataPath): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      if (!PLAIN_KEY.test(key))
        return `[${JSON.stringify(key).replace(/[\u2028-\u202e\u2066-\u2069]/gu, '?')}]`;
      return `${index === 0 ? '' : '.'}${key}`;
    })
    .join('');
}

/** "nieznane miasto "kiev" (unknown city "kiev")": Polish first, English in brackets. */
export function formatMessage(message: Bilingual): string {
  return `${message.pl} (${message.en})`;
}

/** One line a person can act on: where, then what (`path  message`). */
export function formatProblem(problem: Problem): string {
  const where = formatPath(problem.path) || '(plik / file)';
  const message =
    problem.severity === 'warning'
      ? { pl: `ostrzeżenie: ${problem.message.pl}`, en: `warning: ${problem.message.en}` }
      : problem.message;
  return `${where}  ${formatMessage(message)}`;
}
