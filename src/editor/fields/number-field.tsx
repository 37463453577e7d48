import { useState } from 'react';
import type { DataPath } from '../../data/validation/problem';
import { FieldFrame } from './field-frame';
import { numberText, readNumberText, showsValue } from './number-text';
import { useField } from './use-field';

interface NumberFieldProps {
  readonly path: DataPath;
  readonly label: string;
  readonly hint?: string;
}

/**
 * A number at `path`; emptied, the key is removed. Text that is not a number stays in the
 * draft as typed, so the validator says what is wrong with it ("52,4": a decimal comma).
 */
export function NumberField({ path, label, hint }: NumberFieldProps) {
  const field = useField(path, hint !== undefined);
  const [text, setText] = useState(() => numberText(field.value));
  // The draft changed elsewhere (another file, an undo): show its value, not the old text.
  const shown = showsValue(text, field.value) ? text : numberText(field.value);
  if (shown !== text) setText(shown);
  return (
    <FieldFrame path={path} id={field.id} label={label} hint={hint} hintId={field.hintId}>
      <input
        type="text"
        inputMode="decimal"
        className="field__input field__input--number"
        id={field.id}
        value={shown}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          const read = readNumberText(typed);
          if (read.kind === 'empty') field.remove();
          else field.set(read.kind === 'number' ? read.value : read.text);
        }}
      />
    </FieldFrame>
  );
}
