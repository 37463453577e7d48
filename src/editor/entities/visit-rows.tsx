import type { ReactNode } from 'react';
import { SIDES } from '../../data/contract-constants';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { FieldProblems } from '../validation/field-problems';
import { fieldId } from '../validation/field-id';
import type { DataPath } from '../../data/validation/problem';
import { getAt } from '../working-copy/json-path';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { useFormsText } from './use-forms-text';

/** A list of rows inside a visit: each row's fields, a button to remove it, one to add a row. */
function EntryRows({
  path,
  legend,
  fields,
  removeLabel,
  addLabel,
  newRow,
  optional = false,
}: {
  readonly path: DataPath;
  readonly legend: string;
  readonly fields: (row: number) => ReactNode;
  readonly removeLabel: (row: number) => string;
  readonly addLabel: string;
  readonly newRow: unknown;
  /** The list may be left out: removing its last row removes the key. */
  readonly optional?: boolean;
}) {
  const { draft, dispatch } = useWorkingCopy();
  const value = getAt(draft, path);
  const rows: readonly unknown[] = Array.isArray(value) ? value : [];
  return (
    <fieldset className="field-group" id={fieldId(path)} tabIndex={-1}>
      <legend className="field-group__legend">{legend}</legend>
      <FieldProblems path={path} />
      {rows.map((_, row) => (
        <div className="entry-rows__row" key={row}>
          {fields(row)}
          <FieldProblems path={[...path, row]} />
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() =>
              dispatch({
                type: 'remove',
                path: optional && rows.length === 1 ? path : [...path, row],
              })
            }
          >
            {removeLabel(row + 1)}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => dispatch({ type: 'insert', path: [...path, rows.length], value: newRow })}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

/** The participants of a visit, one row each: who (PL/EN), which side, how many. */
export function ParticipantRows({ index }: { readonly index: number }) {
  const { f } = useFormsText();
  const path = ['visits', index, 'participants'] as const;
  return (
    <EntryRows
      path={path}
      legend={f.visit.participants}
      fields={(row) => (
        <>
          <LocalizedTextField
            path={[...path, row, 'name']}
            label={`${f.visit.participant(row + 1)}: ${f.visit.participantName}`}
          />
          <div className="field-row">
            <SelectField
              path={[...path, row, 'side']}
              label={f.visit.side}
              options={SIDES.map((side) => ({ value: side, label: f.visit.sides[side] }))}
            />
            <NumberField path={[...path, row, 'count']} label={f.visit.count} />
          </div>
        </>
      )}
      removeLabel={f.visit.removeParticipant}
      addLabel={f.visit.addParticipant}
      newRow={{ name: { pl: '', en: '' }, side: 'home' }}
    />
  );
}

/** The places of a visit (optional): one name (PL/EN) per row; the last removed, the key goes. */
export function PlaceRows({ index }: { readonly index: number }) {
  const { f } = useFormsText();
  const path = ['visits', index, 'places'] as const;
  return (
    <EntryRows
      path={path}
      legend={f.visit.places}
      fields={(row) => (
        <LocalizedTextField path={[...path, row, 'name']} label={f.visit.place(row + 1)} />
      )}
      removeLabel={f.visit.removePlace}
      addLabel={f.visit.addPlace}
      newRow={{ name: { pl: '', en: '' } }}
      optional
    />
  );
}
