import type { DataPath, Problem } from '../../data/validation/problem';
import { useEditorText } from '../i18n/use-editor-text';
import { getAt } from '../working-copy/json-path';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { describePath, type PathWords } from './describe-path';
import { ProblemText } from './field-problems';

/** A broken file can have thousands; the first ones say what to fix. */
const MAX_SHOWN = 200;

interface ProblemListProps {
  /** Names of the file's parts (hub, cities…) in the interface language. */
  readonly parts: PathWords['parts'];
  /** Moves focus to the field of `path` (switching section first when needed). */
  readonly onGoTo: (path: DataPath) => void;
}

/** How many errors and warnings: "2 błędy, 1 ostrzeżenie". */
export function useProblemCounts(problems: readonly Problem[]): string {
  const { t, count } = useEditorText();
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return `${count(errors, t.nouns.error)}, ${count(problems.length - errors, t.nouns.warning)}`;
}

/** Every problem in the draft, errors first; each entry moves focus to its field. */
export function ProblemList({ parts, onGoTo }: ProblemListProps) {
  const { t, language } = useEditorText();
  const { problems, draft, dispatch } = useWorkingCopy();
  const counts = useProblemCounts(problems);
  const words: PathWords = { parts, wholeFile: t.problems.wholeFile };
  const shown = problems.slice(0, MAX_SHOWN);
  return (
    <div className="problem-list">
      <h2 id="problem-list-heading">{t.problems.heading}</h2>
      {/* Announced when the counts change, not on every keystroke. */}
      <p className="problem-list__counts" role="status">
        {problems.length === 0 ? t.problems.none : counts}
      </p>
      {problems.some((problem) => problem.severity === 'error') && (
        <p className="problem-list__note">{t.problems.errorsBlock}</p>
      )}
      {shown.length > 0 && (
        <ul className="problem-list__entries">
          {shown.map((problem, index) => (
            <li key={index}>
              <button
                type="button"
                className={`problem-entry problem-entry--${problem.severity}`}
                onClick={() => onGoTo(problem.path)}
              >
                <span className="problem-entry__message">
                  <ProblemText problem={problem} />
                </span>
                <span className="problem-entry__where">
                  {t.problems.where}: {describePath(problem.path, draft, language, words)}
                </span>
              </button>
              {problem.at === 'key' && getAt(draft, problem.path) !== undefined && (
                <button
                  type="button"
                  className="button-secondary problem-entry__fix"
                  onClick={() => dispatch({ type: 'remove', path: problem.path })}
                >
                  {t.problems.removeKey(String(problem.path.at(-1)))}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {problems.length > MAX_SHOWN && (
        <p className="problem-list__note">{t.problems.more(problems.length - MAX_SHOWN)}</p>
      )}
    </div>
  );
}
