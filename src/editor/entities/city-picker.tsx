import { useId, useMemo, useState } from 'react';
import type { DataPath } from '../../data/validation/problem';
import { FieldProblems } from '../validation/field-problems';
import { fieldId, problemsId } from '../validation/field-id';
import { useFieldProblems } from '../validation/field-problems';
import { getAt } from '../working-copy/json-path';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { entriesOf, filterEntries, summarize } from './entity-lists';
import { useFormsText } from './use-forms-text';

/** Enough to pick from; more letters narrow the rest down. */
const MAX_OFFERED = 8;

/**
 * The cities of a visit (`cityIds`): the chosen ones, each with a button to take it off, and
 * a search that offers the others to add. Buttons, not an ARIA combobox: they work the same
 * with a keyboard, a screen reader and a finger.
 */
export function CityPicker({ path }: { readonly path: DataPath }) {
  const { f, language } = useFormsText();
  const { draft, dispatch } = useWorkingCopy();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const problems = useFieldProblems(path);
  const value = getAt(draft, path);
  const chosen: readonly unknown[] = Array.isArray(value) ? value : [];
  const cities = entriesOf(draft, 'cities');
  const summaries = useMemo(
    () => cities.map((city, index) => summarize('cities', city, index, language)),
    [cities, language],
  );
  const nameOf = (id: unknown) => summaries.find((city) => city.id === id)?.label ?? String(id);
  const offered = filterEntries(
    summaries.filter((city) => city.id !== '' && !chosen.includes(city.id)),
    query,
  );

  function add(id: string) {
    dispatch({ type: 'set', path, value: [...chosen, id] });
  }
  function remove(position: number) {
    dispatch({ type: 'set', path, value: chosen.filter((_, i) => i !== position) });
  }

  return (
    <fieldset
      className="field-group city-picker"
      id={fieldId(path)}
      tabIndex={-1}
      aria-describedby={[`${fieldId(path)}-hint`, problems.length > 0 ? problemsId(path) : '']
        .filter(Boolean)
        .join(' ')}
    >
      <legend className="field-group__legend">{f.visit.cities}</legend>
      <p className="field__hint" id={`${fieldId(path)}-hint`}>
        {f.visit.citiesHint}
      </p>
      <FieldProblems path={path} />
      {chosen.length === 0 ? (
        <p className="city-picker__none">{f.visit.chosenNone}</p>
      ) : (
        <ul className="city-picker__chosen">
          {chosen.map((id, position) => (
            <li key={`${String(id)}-${position}`} className="city-picker__chip">
              <span id={fieldId([...path, position])} tabIndex={-1}>
                {nameOf(id)}
              </span>
              <button
                type="button"
                className="button-secondary button-small"
                aria-label={f.visit.cityRemove(nameOf(id))}
                onClick={() => remove(position)}
              >
                ×
              </button>
              <FieldProblems path={[...path, position]} />
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label className="field__label" htmlFor={searchId}>
          {f.visit.citySearch}
        </label>
        <input
          id={searchId}
          type="search"
          className="field__input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {offered.length === 0 ? (
        <p className="field__hint">{f.visit.noCityMatch}</p>
      ) : (
        <ul className="city-picker__offered">
          {offered.slice(0, MAX_OFFERED).map((city) => (
            <li key={city.index}>
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() => add(city.id)}
              >
                {f.visit.cityAdd(`${city.label}${city.detail ? ` (${city.detail})` : ''}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {offered.length > MAX_OFFERED && (
        <p className="field__hint">{f.visit.moreCities(offered.length - MAX_OFFERED)}</p>
      )}
    </fieldset>
  );
}
