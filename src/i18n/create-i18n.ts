import type { LocalizedText } from '../data/schema';
import { COUNTRY_NAMES } from './country-names';
import type { Language } from './languages';
import { messages } from './messages';
import type { Messages } from './pl';
import { formatNumber } from './format-number';
import { countNoun, type PluralForms } from './plural';

export interface I18n {
  language: Language;
  t: Messages;
  /** The data's text in the interface language. */
  text: (value: LocalizedText) => string;
  count: (count: number, forms: PluralForms) => string;
  countryName: (code: string) => string;
  formatDate: (isoDate: string) => string;
  /** "10 000" in Polish, "10,000" in English. */
  formatNumber: (value: number) => string;
}

/** Made on first use: building Intl formatters loads locale data, which the first frame can skip. */
function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const made = new Map<Language, I18n>();

/**
 * The texts and formatters of one language, made once per language and shared by the first
 * frame and the page.
 */
export function createI18n(language: Language): I18n {
  let i18n = made.get(language);
  if (!i18n) {
    i18n = makeI18n(language);
    made.set(language, i18n);
  }
  return i18n;
}

function makeI18n(language: Language): I18n {
  // British order in English ("16 September 1966"), as a European city writes its dates.
  const dateFormat = lazily(
    () =>
      new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
        dateStyle: 'long',
        timeZone: 'UTC',
      }),
  );
  const countryNames = COUNTRY_NAMES[language];
  return {
    language,
    t: messages[language],
    text: (value) => value[language],
    count: (count, forms) => countNoun(language, count, forms),
    // A code the table does not know (the data's checks let none through) shows as itself.
    countryName: (code) => (Object.hasOwn(countryNames, code) ? countryNames[code]! : code),
    formatDate: (isoDate) => dateFormat().format(new Date(`${isoDate}T00:00:00Z`)),
    formatNumber: (value) => formatNumber(language, value),
  };
}
