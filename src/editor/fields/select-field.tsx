import type { DataPath } from '../../data/validation/problem';
import { useEditorText } from '../i18n/use-editor-text';
import { FieldFrame } from './field-frame';
import { shownText, useField } from './use-field';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectFieldProps {
  readonly path: DataPath;
  readonly label: string;
  readonly options: readonly SelectOption[];
  readonly hint?: string;
}

/**
 * One of `options` at `path`; "(none chosen)" removes the key. A value in the file that is
 * not among the options is shown as it is, so the problem beside it makes sense.
 */
export function SelectField({ path, label, options, hint }: SelectFieldProps) {
  const { t } = useEditorText();
  const field = useField(path, hint !== undefined);
  const value = field.value === undefined ? '' : shownText(field.value);
  const known = value === '' || options.some((option) => option.value === value);
  return (
    <FieldFrame path={path} id={field.id} label={label} hint={hint} hintId={field.hintId}>
      <select
        className="field__input field__select"
        id={field.id}
        value={value}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        onChange={(event) => {
          if (event.target.value === '') field.remove();
          else field.set(event.target.value);
        }}
      >
        <option value="">{t.fields.none}</option>
        {!known && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
