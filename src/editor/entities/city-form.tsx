import { RELATIONS } from '../../data/contract-constants';
import { isRecord } from '../../data/is-record';
import { CountryField } from '../fields/country-field';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { getAt } from '../working-copy/json-path';
import { useWorkingCopy } from '../working-copy/working-copy-context';
import { CoordinatePicker } from './coordinate-picker';
import { PartnershipFields } from './partnership-fields';
import { IdField } from './id-field';
import { useFormsText } from './use-forms-text';

/** A city: names, country, coordinates, relation, and the partnership facts of a partner. */
export function CityForm({ index }: { readonly index: number }) {
  const { f, t } = useFormsText();
  const { draft } = useWorkingCopy();
  const path = ['cities', index] as const;
  const city = getAt(draft, path);
  const record = isRecord(city) ? city : {};
  // Partnership facts belong to partners; shown also when the file has them, so they can be fixed.
  const partner =
    record.relation === 'partner' || 'partnerSince' in record || 'partnership' in record;
  return (
    <>
      <LocalizedTextField path={[...path, 'name']} label={f.city.name} />
      <div className="field-row">
        <IdField list="cities" index={index} />
        <CountryField path={[...path, 'country']} label={f.city.country} />
      </div>
      <div className="field-row">
        <NumberField path={[...path, 'lat']} label={f.city.lat} hint={t.fields.numberHint} />
        <NumberField path={[...path, 'lng']} label={f.city.lng} hint={t.fields.numberHint} />
      </div>
      <CoordinatePicker
        key={index}
        index={index}
        kind={record.relation === 'partner' ? 'partner' : 'informal'}
      />
      <SelectField
        path={[...path, 'relation']}
        label={f.city.relation}
        options={RELATIONS.map((relation) => ({
          value: relation,
          label: f.city.relations[relation],
        }))}
      />
      {partner && <PartnershipFields index={index} />}
      <LocalizedTextField path={[...path, 'description']} label={f.city.description} optional />
    </>
  );
}
