import { COUNTRY_CODES } from '../../data/validation/country-codes';
import { createI18n } from '../../i18n/create-i18n';
import type { Language } from '../../i18n/languages';
import type { SelectOption } from './select-field';

const made = new Map<Language, readonly SelectOption[]>();

/** Every country code the contract accepts, named in `language` and sorted by that name. */
export function countryOptions(language: Language): readonly SelectOption[] {
  let options = made.get(language);
  if (!options) {
    const { countryName } = createI18n(language);
    const collator = new Intl.Collator(language);
    options = [...COUNTRY_CODES]
      .map((code) => ({ value: code, label: `${countryName(code)} (${code})` }))
      .sort((a, b) => collator.compare(a.label, b.label));
    made.set(language, options);
  }
  return options;
}
