import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';
import { IdField } from './id-field';
import { useFormsText } from './use-forms-text';

/** A source: its title in both languages, the year it reports on, where to read it, its id. */
export function SourceForm({ index }: { readonly index: number }) {
  const { f } = useFormsText();
  const path = ['sources', index] as const;
  return (
    <>
      <LocalizedTextField path={[...path, 'title']} label={f.source.title} />
      <div className="field-row">
        <NumberField path={[...path, 'year']} label={f.source.year} />
        <IdField list="sources" index={index} />
      </div>
      <TextField path={[...path, 'url']} label={f.source.url} optional />
    </>
  );
}
