import type { ReactNode } from 'react';
import type { DataPath } from '../../data/validation/problem';
import { FieldFrame } from './field-frame';
import { shownText, useField } from './use-field';

interface TextFieldProps {
  readonly path: DataPath;
  readonly label: ReactNode;
  readonly hint?: string;
  /** The language of the text typed (for spelling and screen readers). */
  readonly lang?: string;
  /** An optional key: emptied, it is removed rather than kept as "". */
  readonly optional?: boolean;
  /** Called instead when the text is emptied (say, to remove a whole optional group). */
  readonly onEmptied?: () => void;
  readonly multiline?: boolean;
}

/** A line (or lines) of text at `path`. */
export function TextField({
  path,
  label,
  hint,
  lang,
  optional = false,
  onEmptied,
  multiline = false,
}: TextFieldProps) {
  const field = useField(path, hint !== undefined);
  const common = {
    id: field.id,
    className: 'field__input',
    lang,
    value: shownText(field.value),
    'aria-invalid': field.invalid || undefined,
    'aria-describedby': field.describedBy,
    onChange: (event: { target: { value: string } }) => {
      const text = event.target.value;
      if (text === '' && onEmptied) onEmptied();
      else if (text === '' && optional) field.remove();
      else field.set(text);
    },
  };
  return (
    <FieldFrame path={path} id={field.id} label={label} hint={hint} hintId={field.hintId}>
      {multiline ? <textarea rows={4} {...common} /> : <input type="text" {...common} />}
    </FieldFrame>
  );
}
