import { SIDES } from '../../data/contract-constants';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { FieldProblems } from '../validation/field-problems';
import { fieldId } from '../validation/field-id';
import { getAt } from '../working-copy/json-path';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { useFormsText } from './use-forms-text';

/** The participants of a visit, one row each: who (PL/EN), which side, how many. */
export function ParticipantRows({ index }: { readonly index: number }) {
  const { f } = useFormsText();
  const { draft, dispatch } = useWorkingCopy();
  const path = ['visits', index, 'participants'] as const;
  const value = getAt(draft, path);
  const rows: readonly unknown[] = Array.isArray(value) ? value : [];
  return (
    <fieldset className="field-group" id={fieldId(path)} tabIndex={-1}>
      <legend className="field-group__legend">{f.visit.participants}</legend>
      <FieldProblems path={path} />
      {rows.map((_, row) => (
        <div className="entry-rows__row" key={row}>
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
          <FieldProblems path={[...path, row]} />
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => dispatch({ type: 'remove', path: [...path, row] })}
          >
            {f.visit.removeParticipant(row + 1)}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          dispatch({
            type: 'insert',
            path: [...path, rows.length],
            value: { name: { pl: '', en: '' }, side: 'home' },
          })
        }
      >
        {f.visit.addParticipant}
      </button>
    </fieldset>
  );
}

/** The places of a visit (optional): one name (PL/EN) per row; the last removed, the key goes. */
export function PlaceRows({ index }: { readonly index: number }) {
  const { f } = useFormsText();
  const { draft, dispatch } = useWorkingCopy();
  const path = ['visits', index, 'places'] as const;
  const value = getAt(draft, path);
  const rows: readonly unknown[] = Array.isArray(value) ? value : [];
  return (
    <fieldset className="field-group" id={fieldId(path)} tabIndex={-1}>
      <legend className="field-group__legend">{f.visit.places}</legend>
      <FieldProblems path={path} />
      {rows.map((_, row) => (
        <div className="entry-rows__row" key={row}>
          <LocalizedTextField path={[...path, row, 'name']} label={f.visit.place(row + 1)} />
          <FieldProblems path={[...path, row]} />
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() =>
              dispatch(
                rows.length === 1
                  ? { type: 'remove', path }
                  : { type: 'remove', path: [...path, row] },
              )
            }
          >
            {f.visit.removePlace(row + 1)}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          dispatch({
            type: 'insert',
            path: [...path, rows.length],
            value: { name: { pl: '', en: '' } },
          })
        }
      >
        {f.visit.addPlace}
      </button>
    </fieldset>
  );
}
