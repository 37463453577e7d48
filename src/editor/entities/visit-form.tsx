import { DIRECTIONS } from '../../data/contract-constants';
import { isRecord } from '../../data/is-record';
import { CheckboxGroupField } from '../fields/checkbox-group-field';
import { DateField } from '../fields/date-field';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { CityPicker } from './city-picker';
import { entriesOf, summarize } from './entity-lists';
import { ParticipantRows, PlaceRows } from './visit-rows';
import { IdField } from './id-field';
import { useFormsText } from './use-forms-text';

/** A visit: its cities, when, which way, what it was, who took part, where, themes, source. */
export function VisitForm({ index }: { readonly index: number }) {
  const { f, language } = useFormsText();
  const { draft } = useWorkingCopy();
  const path = ['visits', index] as const;
  const options = (list: 'themes' | 'sources') =>
    entriesOf(draft, list).flatMap((entry, position) => {
      if (!isRecord(entry) || typeof entry.id !== 'string') return [];
      return [{ value: entry.id, label: summarize(list, entry, position, language).label }];
    });
  return (
    <>
      <CityPicker path={[...path, 'cityIds']} />
      <div className="field-row">
        <NumberField path={[...path, 'year']} label={f.visit.year} />
        <DateField path={[...path, 'date']} label={f.visit.date} />
        <NumberField path={[...path, 'durationDays']} label={f.visit.duration} />
      </div>
      <SelectField
        path={[...path, 'direction']}
        label={f.visit.direction}
        options={DIRECTIONS.map((direction) => ({
          value: direction,
          label: f.visit.directions[direction],
        }))}
      />
      <LocalizedTextField path={[...path, 'title']} label={f.visit.title} />
      <LocalizedTextField path={[...path, 'summary']} label={f.visit.summary} multiline />
      <ParticipantRows index={index} />
      <PlaceRows index={index} />
      <CheckboxGroupField
        path={[...path, 'themes']}
        legend={f.visit.themes}
        options={options('themes')}
      />
      <SelectField
        path={[...path, 'sourceId']}
        label={f.visit.source}
        options={options('sources')}
      />
      <LocalizedTextField path={[...path, 'note']} label={f.visit.note} optional multiline />
      <IdField list="visits" index={index} />
    </>
  );
}
