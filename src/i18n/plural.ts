import { formatNumber } from './format-number';
import type { Language } from './languages';

/** The forms a counted noun takes; `few` and `many` matter in Polish, English uses `one` and `other`. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

type Category = 'one' | 'few' | 'many' | 'other';

/**
 * The plural category of `count`, as `Intl.PluralRules` gives it: CLDR's rules for Polish and
 * English written out for whole numbers, for the reason formatNumber gives; any other number
 * goes to `Intl`.
 */
export function pluralCategory(language: Language, count: number): Category {
  if (!Number.isSafeInteger(count) || count < 0) {
    return new Intl.PluralRules(language).select(count) as Category;
  }
  if (count === 1) return 'one';
  if (language === 'en') return 'other';
  const lastDigit = count % 10;
  const lastTwo = count % 100;
  return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'few' : 'many';
}

/** Picks the form of a noun for `count` by the language's plural rules (1 wizyta, 2 wizyty, 5 wizyt). */
export function pluralForm(language: Language, count: number, forms: PluralForms): string {
  switch (pluralCategory(language, count)) {
    case 'one':
      return forms.one;
    case 'few':
      return forms.few ?? forms.other;
    case 'many':
      return forms.many ?? forms.other;
    default:
      return forms.other;
  }
}

/** "2 wizyty", "1 visit": the number followed by the right form. */
export function countNoun(language: Language, count: number, forms: PluralForms): string {
  return `${formatNumber(language, count)} ${pluralForm(language, count, forms)}`;
}
