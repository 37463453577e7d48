import type { Language } from './languages';

/** The forms a counted noun takes; `few` and `many` matter in Polish, English uses `one` and `other`. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rulesCache = new Map<Language, Intl.PluralRules>();

function rulesFor(language: Language): Intl.PluralRules {
  let rules = rulesCache.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    rulesCache.set(language, rules);
  }
  return rules;
}

/** Picks the form of a noun for `count` by the language's plural rules (1 wizyta, 2 wizyty, 5 wizyt). */
export function pluralForm(language: Language, count: number, forms: PluralForms): string {
  const category = rulesFor(language).select(count);
  switch (category) {
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

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** Created once per language: toLocaleString builds a new formatter on every call. */
function numberFormat(language: Language): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format;
}

/** "2 wizyty", "1 visit": the number followed by the right form. */
export function countNoun(language: Language, count: number, forms: PluralForms): string {
  return `${numberFormat(language).format(count)} ${pluralForm(language, count, forms)}`;
}
