import type { DataPath } from '../../data/validation/problem';
import { useEditorText } from '../i18n/use-editor-text';
import { TextField } from './text-field';

/**
 * A date (YYYY-MM-DD) at `path`, typed as text: a wrong date stays visible with the
 * validator's words beside it, where a date picker would show nothing. Emptied, the key goes.
 */
export function DateField({ path, label }: { path: DataPath; label: string }) {
  const { t } = useEditorText();
  return <TextField path={path} label={label} hint={t.fields.dateHint} optional />;
}
