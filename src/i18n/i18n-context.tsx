import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { LocalizedText } from '../data/schema';
import type { Language } from './languages';
import { messages } from './messages';
import type { Messages } from './pl';
import { countNoun, type PluralForms } from './plural';

export interface I18n {
  language: Language;
  t: Messages;
  /** The data's text in the interface language. */
  text: (value: LocalizedText) => string;
  count: (count: number, forms: PluralForms) => string;
  countryName: (code: string) => string;
  formatDate: (isoDate: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function createI18n(language: Language): I18n {
  const regionNames = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    language,
    t: messages[language],
    text: (value) => value[language],
    count: (count, forms) => countNoun(language, count, forms),
    countryName: (code) => {
      const override = messages[language].countryNames[code];
      if (override) return override;
      try {
        return regionNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
    formatDate: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
  };
}

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => createI18n(language), [language]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) {
    throw new Error('useI18n() can only be used in a descendant of <I18nProvider>');
  }
  return value;
}
