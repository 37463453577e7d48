import { CountryField } from '../fields/country-field';
import { LocalizedTextField } from '../fields/localized-text-field';
import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';
import { useEditorText } from '../i18n/use-editor-text';
import { fieldId } from '../validation/field-id';

/** The hub (Poznań): the city at the centre of the map. */
export function HubForm() {
  const { t } = useEditorText();
  return (
    <div className="entity-form" id={fieldId(['hub'])} tabIndex={-1}>
      <p className="section-intro">{t.hub.intro}</p>
      <LocalizedTextField path={['hub', 'name']} label={t.hub.name} />
      <div className="field-row">
        <CountryField path={['hub', 'country']} label={t.hub.country} />
        <TextField path={['hub', 'id']} label={t.hub.id} />
      </div>
      <div className="field-row">
        <NumberField path={['hub', 'lat']} label={t.hub.lat} hint={t.fields.numberHint} />
        <NumberField path={['hub', 'lng']} label={t.hub.lng} hint={t.fields.numberHint} />
      </div>
    </div>
  );
}
