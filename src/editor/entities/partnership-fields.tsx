import { isRecord } from '../../data/is-record';
import { DateField } from '../fields/date-field';
import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';
import { FieldProblems } from '../validation/field-problems';
import { fieldId } from '../validation/field-id';
import { getAt } from '../working-copy/json-path';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { useFormsText } from './use-forms-text';

/** A partner's agreement: the year, the day, the City's page and the areas of cooperation. */
export function PartnershipFields({ index }: { readonly index: number }) {
  const { f } = useFormsText();
  const path = ['cities', index] as const;
  const partnership = [...path, 'partnership'] as const;
  return (
    <fieldset className="field-group" id={fieldId(partnership)} tabIndex={-1}>
      <legend className="field-group__legend">{f.city.partnerHeading}</legend>
      <FieldProblems path={partnership} />
      <div className="field-row">
        <NumberField path={[...path, 'partnerSince']} label={f.city.partnerSince} />
        <DateField path={[...partnership, 'signed']} label={f.city.signed} />
      </div>
      <TextField path={[...partnership, 'url']} label={f.city.partnershipUrl} optional />
      <AreaRows index={index} />
    </fieldset>
  );
}

/** The areas of cooperation as rows, Polish and English side by side (the same count in both). */
function AreaRows({ index }: { readonly index: number }) {
  const { f } = useFormsText();
  const { draft, dispatch } = useWorkingCopy();
  const areasPath = ['cities', index, 'partnership', 'areas'] as const;
  const areas = getAt(draft, areasPath);
  const pl: readonly unknown[] = isRecord(areas) && Array.isArray(areas.pl) ? areas.pl : [];
  const en: readonly unknown[] = isRecord(areas) && Array.isArray(areas.en) ? areas.en : [];
  const rows = Math.max(pl.length, en.length);

  function add() {
    dispatch({ type: 'set', path: areasPath, value: { pl: [...pl, ''], en: [...en, ''] } });
  }
  function remove(row: number) {
    if (rows === 1) dispatch({ type: 'remove', path: areasPath });
    else
      dispatch({
        type: 'set',
        path: areasPath,
        value: { pl: pl.filter((_, i) => i !== row), en: en.filter((_, i) => i !== row) },
      });
  }

  return (
    <fieldset className="field-group" id={fieldId(areasPath)} tabIndex={-1}>
      <legend className="field-group__legend">{f.city.areas}</legend>
      <FieldProblems path={areasPath} />
      <FieldProblems path={[...areasPath, 'pl']} />
      <FieldProblems path={[...areasPath, 'en']} />
      {Array.from({ length: rows }, (_, row) => (
        <div className="entry-rows__row" key={row}>
          <div className="field-group__languages">
            {(['pl', 'en'] as const).map((language) => (
              <TextField
                key={language}
                path={[...areasPath, language, row]}
                label={`${f.city.area(row + 1)} ${f.languageNames[language]}`}
                lang={language}
              />
            ))}
          </div>
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => remove(row)}
          >
            {f.city.removeArea(row + 1)}
          </button>
        </div>
      ))}
      <button type="button" className="button-secondary" onClick={add}>
        {f.city.addArea}
      </button>
    </fieldset>
  );
}
