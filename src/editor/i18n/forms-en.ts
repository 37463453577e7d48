import type { FormsMessages } from './forms-pl';

/** English texts of the entity forms and the handover; the type keeps every key of forms-pl.ts. */
export const formsEn: FormsMessages = {
  changes: {
    nouns: {
      visits: { one: 'visit', other: 'visits' },
      cities: { one: 'city', other: 'cities' },
      themes: { one: 'theme', other: 'themes' },
      sources: { one: 'source', other: 'sources' },
    },
    added: (things: string) => `${things} added`,
    changed: (things: string) => `${things} changed`,
    removed: (things: string) => `${things} removed`,
    hubChanged: 'host city changed',
    and: 'and',
    none: 'no changes',
  },
};
