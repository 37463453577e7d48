import type { DataPath } from '../../data/validation/problem';
import { useEditorText } from '../i18n/use-editor-text';
import { countryOptions } from './country-options';
import { SelectField } from './select-field';

/** A country at `path`, chosen by its name in the interface language. */
export function CountryField({
  path,
  label,
  hint,
}: {
  path: DataPath;
  label: string;
  hint?: string;
}) {
  const { language } = useEditorText();
  const options = countryOptions(language);
  return hint === undefined ? (
    <SelectField path={path} label={label} options={options} />
  ) : (
    <SelectField path={path} label={label} options={options} hint={hint} />
  );
}
