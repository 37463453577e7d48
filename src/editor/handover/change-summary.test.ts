import { describe, expect, it } from 'vitest';
import { formsEn } from '../i18n/forms-en';
import { formsPl } from '../i18n/forms-pl';
import { describeChanges, isUnchanged, summarizeChanges } from './change-summary';

const original = {
  hub: { id: 'poznan', name: { pl: 'Poznań', en: 'Poznań' } },
  sources: [{ id: 'report' }],
  themes: [{ id: 'sport', label: { pl: 'Sport', en: 'Sport' } }],
  cities: [
    { id: 'berlin', name: { pl: 'Berlin', en: 'Berlin' } },
    { id: 'rennes', name: { pl: 'Rennes', en: 'Rennes' } },
  ],
  visits: [{ id: 'v1', year: 2019 }],
};

const visits = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `new-${i}` }));

describe('summarizeChanges', () => {
  it('finds nothing in the same data, whatever its key order', () => {
    const reordered = {
      ...original,
      cities: original.cities.map(({ name, id }) => ({ name: { en: name.en, pl: name.pl }, id })),
    };
    const summary = summarizeChanges(original, reordered);
    expect(isUnchanged(summary)).toBe(true);
  });

  it('tells added, changed and removed entries apart by id', () => {
    const summary = summarizeChanges(original, {
      ...original,
      cities: [{ id: 'berlin', name: { pl: 'Berlin', en: 'Berlin!' } }, { id: 'kyiv' }],
      visits: [...original.visits, ...visits(2)],
      themes: [],
    });
    expect(summary.kinds).toEqual({
      cities: { added: ['kyiv'], changed: ['berlin'], removed: ['rennes'] },
      visits: { added: ['new-0', 'new-1'], changed: [], removed: [] },
      themes: { added: [], changed: [], removed: ['sport'] },
      sources: { added: [], changed: [], removed: [] },
    });
    expect(summary.hubChanged).toBe(false);
  });

  it('treats a renamed id as one removed and one added, and a changed hub as such', () => {
    const summary = summarizeChanges(original, {
      ...original,
      hub: { ...original.hub, lat: 1 },
      sources: [{ id: 'report-2019' }],
    });
    expect(summary.kinds.sources).toEqual({
      added: ['report-2019'],
      changed: [],
      removed: ['report'],
    });
    expect(summary.hubChanged).toBe(true);
  });

  it('reads a broken draft without throwing', () => {
    const summary = summarizeChanges(original, { cities: 'x', visits: [null, null] });
    expect(summary.kinds.cities.removed).toEqual(['berlin', 'rennes']);
    expect(summary.kinds.visits.added).toEqual(['#0', '#1']);
  });
});

describe('describeChanges', () => {
  const change = (draft: Record<string, unknown>) =>
    summarizeChanges(original, { ...original, ...draft });
  it.each<[string, Record<string, unknown>, string, string]>([
    ['nothing', {}, 'bez zmian', 'no changes'],
    [
      'one visit',
      { visits: [...original.visits, ...visits(1)] },
      'dodano 1 wizytę',
      '1 visit added',
    ],
    [
      'three visits and a changed city',
      {
        visits: [...original.visits, ...visits(3)],
        cities: [{ id: 'berlin', name: { pl: 'Berlin', en: 'Berlin' } }, { id: 'rennes' }],
      },
      'dodano 3 wizyty, zmieniono 1 miasto',
      '3 visits added, 1 city changed',
    ],
    [
      'five visits and two cities added',
      {
        visits: [...original.visits, ...visits(5)],
        cities: [...original.cities, { id: 'a' }, { id: 'b' }],
      },
      'dodano 5 wizyt i 2 miasta',
      '5 visits and 2 cities added',
    ],
    [
      'everything removed and the hub changed',
      { visits: [], cities: [], themes: [], sources: [], hub: {} },
      'usunięto 1 wizytę, 2 miasta, 1 temat i 1 źródło, zmieniono miasto gospodarza',
      '1 visit, 2 cities, 1 theme and 1 source removed, host city changed',
    ],
    [
      'twenty-two themes added',
      { themes: [...original.themes, ...Array.from({ length: 22 }, (_, i) => ({ id: `t${i}` }))] },
      'dodano 22 tematy',
      '22 themes added',
    ],
  ])('%s', (_, draft, polish, english) => {
    expect(describeChanges(change(draft), 'pl', formsPl.changes)).toBe(polish);
    expect(describeChanges(change(draft), 'en', formsEn.changes)).toBe(english);
  });
});
