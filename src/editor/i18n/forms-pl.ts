import type { PluralForms } from '../../i18n/plural';

/** The kinds of entries the change summary counts. */
export type ChangedKind = 'visits' | 'cities' | 'themes' | 'sources';

/** Polish texts of the entity forms and the handover; forms-en.ts must match this shape. */
export const formsPl = {
  changes: {
    /** Counted as the object of "dodano" (accusative: "dodano 1 wizytę"). */
    nouns: {
      visits: { one: 'wizytę', few: 'wizyty', many: 'wizyt', other: 'wizyty' },
      cities: { one: 'miasto', few: 'miasta', many: 'miast', other: 'miasta' },
      themes: { one: 'temat', few: 'tematy', many: 'tematów', other: 'tematu' },
      sources: { one: 'źródło', few: 'źródła', many: 'źródeł', other: 'źródła' },
    } satisfies Record<ChangedKind, PluralForms>,
    /** "dodano 3 wizyty i 1 miasto". */
    added: (things: string) => `dodano ${things}`,
    changed: (things: string) => `zmieniono ${things}`,
    removed: (things: string) => `usunięto ${things}`,
    hubChanged: 'zmieniono miasto gospodarza',
    and: 'i',
    none: 'bez zmian',
  },
};

export type FormsMessages = typeof formsPl;
