import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { isId } from '../../data/contract-constants';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { entriesOf, idsIn, type EntityList } from './entity-lists';
import { newEntry, proposeNewId } from './new-entry';
import { useFormsText } from './use-forms-text';

interface AddEntryProps {
  readonly list: EntityList;
  readonly onCancel: () => void;
  /** The new entry's index and name, once it is in the draft. */
  readonly onAdded: (index: number, name: string) => void;
}

/** Asks for the Polish name, proposes the id from it (editable), then adds the entry. */
export function AddEntry({ list, onCancel, onAdded }: AddEntryProps) {
  const { f } = useFormsText();
  const { draft, dispatch } = useWorkingCopy();
  const [name, setName] = useState('');
  // Until the clerk types an id, it follows the name.
  const [typedId, setTypedId] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const id = typedId ?? proposeNewId(draft, list, name.trim());
  const idProblem = idsIn(draft, list).has(id)
    ? f.add.idTaken(id)
    : isId(id)
      ? undefined
      : f.add.idInvalid;

  useEffect(function focusTheName() {
    nameRef.current?.focus();
  }, []);

  function add(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (idProblem !== undefined) return;
    const index = entriesOf(draft, list).length;
    dispatch({ type: 'insert', path: [list, index], value: newEntry(list, id, name.trim()) });
    onAdded(index, name.trim() || id);
  }

  const showProblem = idProblem !== undefined && (tried || typedId !== null);
  return (
    <form className="add-entry" aria-labelledby={`${baseId}-heading`} onSubmit={add} noValidate>
      <h3 id={`${baseId}-heading`}>{f.add.heading[list]}</h3>
      <div className="field">
        <label className="field__label" htmlFor={`${baseId}-name`}>
          {f.add.name[list]}
        </label>
        <input
          ref={nameRef}
          id={`${baseId}-name`}
          className="field__input"
          type="text"
          lang="pl"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${baseId}-id`}>
          {f.add.id}
        </label>
        <p className="field__hint" id={`${baseId}-id-hint`}>
          {f.add.idHint}
        </p>
        <input
          id={`${baseId}-id`}
          className="field__input"
          type="text"
          spellCheck={false}
          value={id}
          aria-invalid={showProblem || undefined}
          aria-describedby={`${baseId}-id-hint${showProblem ? ` ${baseId}-id-problem` : ''}`}
          onChange={(event) => setTypedId(event.target.value)}
        />
        {showProblem && (
          <p className="field-problem field-problem--error" id={`${baseId}-id-problem`}>
            {idProblem}
          </p>
        )}
      </div>
      <div className="add-entry__actions">
        <button type="submit" className="button-primary">
          {f.add.confirm}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {f.add.cancel}
        </button>
      </div>
    </form>
  );
}
