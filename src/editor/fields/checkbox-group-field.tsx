import type { DataPath } from '../../data/validation/problem';
import { FieldProblems } from '../validation/field-problems';
import { fieldId } from '../validation/field-id';
import type { SelectOption } from './select-field';
import { toggled } from './toggled';
import { useField } from './use-field';

interface CheckboxGroupFieldProps {
  readonly path: DataPath;
  readonly legend: string;
  readonly options: readonly SelectOption[];
  readonly hint?: string;
}

/**
 * A list of strings at `path`, as checkboxes. Values in the file that are not among the
 * options are shown too (checked), so they can be unchecked.
 */
export function CheckboxGroupField({ path, legend, options, hint }: CheckboxGroupFieldProps) {
  const field = useField(path, hint !== undefined);
  const values: readonly unknown[] = Array.isArray(field.value) ? field.value : [];
  const unknown = values
    .filter((value): value is string => typeof value === 'string')
    .filter((value) => !options.some((option) => option.value === value))
    .map((value) => ({ value, label: value }));
  return (
    <fieldset
      className="field-group"
      id={field.id}
      tabIndex={-1}
      aria-describedby={field.describedBy}
      aria-invalid={field.invalid || undefined}
    >
      <legend className="field-group__legend">{legend}</legend>
      {hint && (
        <p className="field__hint" id={field.hintId}>
          {hint}
        </p>
      )}
      <FieldProblems path={path} />
      {values.map((_, index) => (
        <FieldProblems key={index} path={[...path, index]} />
      ))}
      <div className="checkbox-list">
        {[...options, ...unknown].map((option) => {
          const id = `${fieldId(path)}--${fieldId([option.value])}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                type="checkbox"
                id={id}
                checked={values.includes(option.value)}
                onChange={(event) => field.set(toggled(values, option.value, event.target.checked))}
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
