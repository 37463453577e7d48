import { describe, expect, it } from 'vitest';
import {
  filterEntries,
  fold,
  idsIn,
  summarize,
  summarizeKept,
  type EntityList,
} from './entity-lists';

describe('summarize', () => {
  it.each<[EntityList, unknown, 'pl' | 'en', { id: string; label: string; detail: string }]>([
    [
      'cities',
      { id: 'lodz', name: { pl: 'Łódź', en: 'Lodz' }, country: 'PL' },
      'pl',
      { id: 'lodz', label: 'Łódź', detail: 'PL' },
    ],
    [
      'cities',
      { id: 'lodz', name: { pl: 'Łódź', en: 'Lodz' } },
      'en',
      { id: 'lodz', label: 'Lodz', detail: '' },
    ],
    [
      'cities',
      { id: 'lodz', name: { pl: 'Łódź', en: ' ' } },
      'en',
      { id: 'lodz', label: 'Łódź', detail: '' },
    ],
    ['cities', { id: 'lodz' }, 'pl', { id: 'lodz', label: 'lodz', detail: '' }],
    ['cities', 'broken', 'pl', { id: '', label: '#4', detail: '' }],
    [
      'visits',
      { id: 'v', title: { pl: 'Wizyta', en: 'Visit' }, year: 2024, date: '2024-05-01' },
      'pl',
      { id: 'v', label: 'Wizyta', detail: '2024-05-01' },
    ],
    [
      'visits',
      { id: 'v', title: { pl: 'Wizyta' }, year: 2024 },
      'en',
      { id: 'v', label: 'Wizyta', detail: '2024' },
    ],
    [
      'themes',
      { id: 'sport', label: { pl: 'Sport', en: 'Sport' } },
      'pl',
      { id: 'sport', label: 'Sport', detail: '' },
    ],
    [
      'sources',
      { id: 's', title: { pl: 'Raport', en: 'Report' }, year: 2019 },
      'en',
      { id: 's', label: 'Report', detail: '2019' },
    ],
  ])('%s %j in %s', (list, entry, language, shown) => {
    expect(summarize(list, entry, 3, language)).toEqual({ index: 3, ...shown });
  });
});

describe('filterEntries', () => {
  const entries = [
    { index: 0, id: 'lodz', label: 'Łódź', detail: 'PL' },
    { index: 1, id: 'berlin', label: 'Berlin', detail: 'DE' },
    { index: 2, id: 'krakow', label: 'Kraków', detail: 'PL' },
  ];
  it.each<[string, number[]]>([
    ['', [0, 1, 2]],
    ['   ', [0, 1, 2]],
    ['lodz', [0]],
    ['ŁÓDŹ', [0]],
    ['pl', [0, 2]],
    ['kra pl', [2]],
    ['ber de', [1]],
    ['paris', []],
  ])('%j → %j', (query, indices) => {
    expect(filterEntries(entries, query).map((entry) => entry.index)).toEqual(indices);
  });
});

describe('fold and idsIn', () => {
  it('folds Polish letters', () => {
    expect(fold('Zażółć gęślą jaźń Łódź')).toBe('zazolc gesla jazn lodz');
  });
  it('collects the ids of a list, ignoring broken entries', () => {
    expect(idsIn({ cities: [{ id: 'a' }, null, { id: 3 }, { id: 'b' }] }, 'cities')).toEqual(
      new Set(['a', 'b']),
    );
    expect(idsIn({ cities: 'x' }, 'cities')).toEqual(new Set());
  });
});

describe('summarizeKept', () => {
  it('gives the same summary for the same entry object, a new one for a changed entry', () => {
    const entry = { id: 'lodz', name: { pl: 'Łódź', en: 'Lodz' } };
    const first = summarizeKept('cities', entry, 0, 'pl');
    expect(summarizeKept('cities', entry, 0, 'pl')).toBe(first);
    expect(summarizeKept('cities', entry, 1, 'pl')).not.toBe(first);
    expect(summarizeKept('cities', entry, 0, 'en').label).toBe('Lodz');
    const changed = { ...entry, name: { pl: 'Łódź!', en: 'Lodz' } };
    expect(summarizeKept('cities', changed, 0, 'pl').label).toBe('Łódź!');
    expect(summarizeKept('cities', null, 0, 'pl').label).toBe('#1');
  });
});
