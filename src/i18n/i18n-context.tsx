import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createI18n, type I18n } from './create-i18n';
import type { Language } from './languages';

const I18nContext = createContext<I18n | null>(null);

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
