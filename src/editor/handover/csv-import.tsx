import { useId, useState, type ChangeEvent } from 'react';
import { useFormsText } from '../entities/use-forms-text';
import type { FormsMessages } from '../i18n/forms-pl';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { importVisitsCsv, type CsvImportIssue } from './import-csv';
import './handover.css';

type Result =
  | { kind: 'none' }
  | { kind: 'unreadable' }
  | { kind: 'read'; added: number; issues: readonly CsvImportIssue[] };

function issueText(issue: CsvImportIssue, words: FormsMessages['csv']): string {
  switch (issue.code) {
    case 'syntax':
      return words.issues.syntax(issue.row);
    case 'no-header':
      return words.issues['no-header'];
    case 'missing-column':
      return words.issues['missing-column'](issue.column);
    default:
      return `${words.where(issue.row, issue.column)}: ${words.issues[issue.code](issue.value)}`;
  }
}

/** Adds visits from a CSV in the map's own export columns; says what it could not read. */
export function CsvImport() {
  const { f, count } = useFormsText();
  const { draft, dispatch } = useWorkingCopy();
  const [result, setResult] = useState<Result>({ kind: 'none' });
  const inputId = useId();

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setResult({ kind: 'unreadable' });
      return;
    }
    const imported = importVisitsCsv(text, draft);
    if (imported.visits.length > 0) {
      const visits = Array.isArray(draft.visits) ? draft.visits : [];
      dispatch({ type: 'replace', draft: { ...draft, visits: [...visits, ...imported.visits] } });
    }
    setResult({ kind: 'read', added: imported.visits.length, issues: imported.issues });
  }

  return (
    <details className="csv-import">
      <summary>
        <h3 className="csv-import__heading">{f.csv.heading}</h3>
      </summary>
      <p className="field__hint">{f.csv.intro}</p>
      <label className="field__label" htmlFor={inputId}>
        {f.csv.choose}
      </label>
      <input
        id={inputId}
        type="file"
        accept=".csv,text/csv"
        onChange={(event) => void read(event)}
      />
      <div role="status">
        {result.kind === 'unreadable' && <p>{f.csv.unreadable}</p>}
        {result.kind === 'read' && (
          <p>
            {result.added > 0
              ? f.csv.imported(count(result.added, f.csv.visitNoun))
              : f.csv.nothing}
          </p>
        )}
      </div>
      {result.kind === 'read' && result.issues.length > 0 && (
        <>
          <h4>{f.csv.issuesHeading}</h4>
          <ul className="csv-import__issues">
            {result.issues.map((issue, index) => (
              <li key={index}>{issueText(issue, f.csv)}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
