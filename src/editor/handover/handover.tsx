import { useId, useMemo, useState } from 'react';
import { isRecord } from '../../data/is-record';
import { downloadText } from '../../features/export/download';
import { useFormsText } from '../entities/use-forms-text';
import { checkDraft } from '../validation/check-draft';
import type { Draft } from '../working-copy/draft';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { describeChanges, summarizeChanges } from './change-summary';
import { serialize } from './serialize';
import './handover.css';

const JSON_MIME = 'application/json;charset=utf-8';
export const HANDOVER_FILE_NAME = 'cooperation.json';

/** What the last click did, to the draft as it was then. */
type Outcome =
  | { kind: 'none' }
  | { kind: 'refused'; errors: number; draft: Draft }
  | { kind: 'downloaded' | 'copied' | 'copy-failed'; draft: Draft };

function parsedOriginal(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : {};
  } catch {
    return {};
  }
}

/**
 * Hands the file over: the changes against the file the clerk started from, the download of
 * cooperation.json and a copy to the clipboard. Both are refused, with the reason, while the
 * validator finds errors; warnings do not block.
 */
export function Handover() {
  const { f, t, language, count } = useFormsText();
  const { draft, original, problems } = useWorkingCopy();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const statusId = useId();
  const before = useMemo(() => parsedOriginal(original), [original]);
  const changes = useMemo(
    () => describeChanges(summarizeChanges(before, draft), language, f.changes),
    [before, draft, language, f],
  );

  /** The file's text, or undefined (and the reason shown) when it has errors. */
  function checkedText(): string | undefined {
    // Checked now, not from the last pause: the draft may have changed a moment ago.
    const errors = checkDraft(draft).filter((problem) => problem.severity === 'error').length;
    if (errors > 0) {
      setOutcome({ kind: 'refused', errors, draft });
      return undefined;
    }
    return serialize(draft, original);
  }

  /**
   * The words for the last click while they are still true: a refusal follows the errors as
   * they are fixed and goes with the last one; "downloaded" goes with the next edit.
   */
  function outcomeText(last: Outcome): string {
    if (last.kind === 'none') return '';
    const current = last.draft === draft;
    if (last.kind === 'refused') {
      const errors = current
        ? last.errors
        : problems.filter((problem) => problem.severity === 'error').length;
      return errors > 0 ? f.handover.refused(count(errors, t.nouns.error)) : '';
    }
    if (!current) return '';
    if (last.kind === 'downloaded') return f.handover.downloaded;
    if (last.kind === 'copied') return f.handover.copied;
    return f.handover.copyFailed;
  }

  function download() {
    const text = checkedText();
    if (text === undefined) return;
    downloadText(text, HANDOVER_FILE_NAME, JSON_MIME);
    setOutcome({ kind: 'downloaded', draft });
  }

  async function copy() {
    const text = checkedText();
    if (text === undefined) return;
    try {
      await navigator.clipboard.writeText(text);
      setOutcome({ kind: 'copied', draft });
    } catch {
      setOutcome({ kind: 'copy-failed', draft });
    }
  }

  const message = outcomeText(outcome);
  return (
    <section className="handover" aria-label={f.handover.heading}>
      <p className="handover__changes">
        <span className="handover__changes-label">{f.handover.changes}:</span> {changes}
      </p>
      <div className="handover__buttons">
        <button
          type="button"
          className="button-primary"
          aria-describedby={message ? statusId : undefined}
          onClick={download}
        >
          {f.handover.download}
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-describedby={message ? statusId : undefined}
          onClick={() => void copy()}
        >
          {f.handover.copy}
        </button>
      </div>
      {/* Polite, not an alert: while refused, the count follows every fix. */}
      <p
        id={statusId}
        role="status"
        className={`handover__status${outcome.kind === 'refused' ? ' handover__status--refused' : ''}`}
      >
        {message}
      </p>
    </section>
  );
}
