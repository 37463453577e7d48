import { useEffect, useId, useRef } from 'react';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { entriesOf, REFERRED_AS, summarize, type EntityList } from './entity-lists';
import { findReferences, removeReferences, type Reference } from './references';
import { useFormsText } from './use-forms-text';

interface DeleteEntryProps {
  readonly list: EntityList;
  readonly index: number;
  /** Called with the deleted entry's name, or undefined when the clerk cancelled. */
  readonly onDone: (deleted: string | undefined) => void;
}

/**
 * Asks before deleting. An entry the visits still name is not deleted as it is: the clerk sees
 * which visits name it, and may delete it together with those references.
 */
export function DeleteEntry({ list, index, onDone }: DeleteEntryProps) {
  const { f, language, count } = useFormsText();
  const { draft, dispatch } = useWorkingCopy();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const entry = summarize(list, entriesOf(draft, list)[index], index, language);
  const kind = REFERRED_AS[list];
  const references = kind && entry.id !== '' ? findReferences(draft, kind, entry.id) : [];
  const afterRemoval =
    kind && references.length > 0 ? removeReferences(draft, kind, entry.id) : null;

  useEffect(function focusTheQuestion() {
    headingRef.current?.focus();
  }, []);

  function deleteEntry() {
    if (afterRemoval) {
      const entries = [...entriesOf(afterRemoval.draft, list)];
      entries.splice(index, 1);
      dispatch({ type: 'replace', draft: { ...afterRemoval.draft, [list]: entries } });
    } else dispatch({ type: 'remove', path: [list, index] });
    onDone(entry.label);
  }

  const describe = (reference: Reference) =>
    f.remove.referenceAt(reference.title?.[language] ?? reference.visitId, reference.visitId);
  return (
    <section className="delete-entry" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {f.remove.heading(entry.label)}
      </h3>
      {references.length === 0 ? (
        <p>{f.remove.plain}</p>
      ) : (
        <>
          <p>
            {f.remove.referred(
              count(new Set(references.map((r) => r.visitIndex)).size, f.remove.visitNoun),
            )}
          </p>
          <ul>
            {references.map((reference) => (
              <li key={reference.path.join('.')}>{describe(reference)}</li>
            ))}
          </ul>
          {afterRemoval && afterRemoval.leftIncomplete.length > 0 && (
            <>
              <p>{f.remove.leftIncomplete}</p>
              <ul>
                {afterRemoval.leftIncomplete.map((reference) => (
                  <li key={reference.visitIndex}>{describe(reference)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className="add-entry__actions">
        <button type="button" className="button-danger" onClick={deleteEntry}>
          {references.length === 0 ? f.remove.confirm : f.remove.removeWithReferences}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(undefined)}>
          {f.remove.cancel}
        </button>
      </div>
    </section>
  );
}
