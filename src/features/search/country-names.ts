import type { LocalizedText } from '../../data/schema';
import { createI18n } from '../../i18n/create-i18n';
import type { CountryNames } from './search-index';

/** Country names in both languages, as the interface shows them, so either can be searched. */
export function countryNamesInBothLanguages(): CountryNames {
  const pl = createI18n('pl');
  const en = createI18n('en');
  return (code): LocalizedText => ({ pl: pl.countryName(code), en: en.countryName(code) });
}
