import type { DataPath, Problem } from '../../data/validation/problem';
import { useEditorText } from '../i18n/use-editor-text';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { problemsId } from './field-id';
import { problemsAt } from './problems-at';

/** The problems at exactly `path`, in the interface language, for the field's aria-describedby. */
export function useFieldProblems(path: DataPath): readonly Problem[] {
  return problemsAt(useWorkingCopy().problems, path);
}

/** One problem's words, marked as an error or a warning in text as well as colour. */
export function ProblemText({ problem }: { problem: Problem }) {
  const { t, language } = useEditorText();
  return (
    <>
      <span className={`problem-badge problem-badge--${problem.severity}`}>
        {problem.severity === 'error' ? t.problems.error : t.problems.warning}:
      </span>{' '}
      <span>{problem.message[language]}</span>
    </>
  );
}

/** The problems at exactly `path`, below its field (id `${fieldId(path)}-problems`). */
export function FieldProblems({ path }: { path: DataPath }) {
  const problems = useFieldProblems(path);
  if (problems.length === 0) return null;
  return (
    <ul className="field-problems" id={problemsId(path)}>
      {problems.map((problem, index) => (
        <li key={index} className={`field-problem field-problem--${problem.severity}`}>
          <ProblemText problem={problem} />
        </li>
      ))}
    </ul>
  );
}
