import { LocalizedTextField } from '../fields/localized-text-field';
import { IdField } from './id-field';
import { useFormsText } from './use-forms-text';

/** A theme: its label in both languages and its id. */
export function ThemeForm({ index }: { readonly index: number }) {
  const { f } = useFormsText();
  const path = ['themes', index] as const;
  return (
    <>
      <LocalizedTextField path={[...path, 'label']} label={f.theme.label} />
      <IdField list="themes" index={index} />
    </>
  );
}
