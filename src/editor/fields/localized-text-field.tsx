import { isRecord } from '../../data/is-record';
import type { DataPath } from '../../data/validation/problem';
import { useEditorText } from '../i18n/use-editor-text';
import { FieldProblems } from '../validation/field-problems';
import { TextField } from './text-field';
import { useField } from './use-field';

interface LocalizedTextFieldProps {
  readonly path: DataPath;
  readonly label: string;
  readonly hint?: string;
  readonly optional?: boolean;
  readonly multiline?: boolean;
}

/**
 * A text in Polish and English, side by side on a wide screen. Each input is named with the
 * label and its language ("Nazwa po polsku"); the visible label says the language only.
 */
export function LocalizedTextField({
  path,
  label,
  hint,
  optional,
  multiline,
}: LocalizedTextFieldProps) {
  const { t } = useEditorText();
  const group = useField(path, hint !== undefined);
  const texts = isRecord(group.value) ? group.value : {};
  // An optional text emptied in both languages goes as a whole: {"pl": ""} is not "no text".
  const emptied = (language: 'pl' | 'en') => () => {
    const other = texts[language === 'pl' ? 'en' : 'pl'];
    if (other === undefined || other === '') group.remove();
    else group.set({ ...texts, [language]: '' });
  };
  const named = (language: string) => (
    <>
      <span className="visually-hidden">{label} </span>
      {language}
    </>
  );
  return (
    <fieldset
      className="field-group"
      id={group.id}
      tabIndex={-1}
      aria-describedby={group.describedBy}
    >
      <legend className="field-group__legend">{label}</legend>
      {hint && (
        <p className="field__hint" id={group.hintId}>
          {hint}
        </p>
      )}
      <FieldProblems path={path} />
      <div className="field-group__languages">
        {(['pl', 'en'] as const).map((language) => (
          <TextField
            key={language}
            path={[...path, language]}
            label={named(t.fields[language])}
            lang={language}
            onEmptied={optional ? emptied(language) : undefined}
            multiline={multiline}
          />
        ))}
      </div>
    </fieldset>
  );
}
