import { describe, expect, it } from 'vitest';
import { checkPrecisely } from '../../data/validation/precise-path';
import { NAME_KEY, type EntityList } from './entity-lists';
import { duplicateEntry, newEntry, proposeNewId } from './new-entry';

const hub = {
  id: 'poznan',
  name: { pl: 'Poznań', en: 'Poznań' },
  country: 'PL',
  lat: 52.4064,
  lng: 16.9252,
};

const draft = {
  cities: [{ id: 'krakow', name: { pl: 'Kraków', en: 'Krakow' } }, { id: 'krakow-2' }],
  visits: [{ id: 'visit', title: { pl: 'A', en: 'A' } }],
  themes: [],
  sources: [],
};

describe('proposeNewId', () => {
  it.each<[EntityList, string, string]>([
    ['cities', 'Kraków', 'krakow-3'],
    ['cities', 'Łódź', 'lodz'],
    ['visits', 'Київ', 'visit-2'],
    ['themes', 'Otwarte dane', 'otwarte-dane'],
  ])('%s %j → %j', (list, name, id) => {
    expect(proposeNewId(draft, list, name)).toBe(id);
  });
});

describe('newEntry', () => {
  it.each<EntityList>(['cities', 'visits', 'themes', 'sources'])(
    'a new entry of %s is flagged by the validator where something is missing, not elsewhere',
    (list) => {
      const entry = newEntry(list, 'nowe', 'Nowe');
      expect(entry.id).toBe('nowe');
      const result = checkPrecisely(
        { hub, cities: [], visits: [], themes: [], sources: [], [list]: [entry] },
        { futureYears: 'error' },
      );
      const inEntry = result.problems.filter((problem) => problem.path[0] === list);
      expect(inEntry.length).toBeGreaterThan(0);
      expect(inEntry.every((problem) => problem.path[1] === 0)).toBe(true);
      // What the clerk typed (the id, the Polish name) is not among them.
      const at = (problem: { path: readonly unknown[] }) => problem.path.slice(2).join('.');
      expect(inEntry.map(at)).not.toContain('id');
      expect(inEntry.map(at)).not.toContain(`${NAME_KEY[list]}.pl`);
      expect(inEntry.map(at)).toContain(`${NAME_KEY[list]}.en`);
    },
  );
});

describe('duplicateEntry', () => {
  it('copies deeply, with the next free id', () => {
    const copy = duplicateEntry(draft, 'cities', 0);
    expect(copy).toEqual({ id: 'krakow-3', name: { pl: 'Kraków', en: 'Krakow' } });
    (copy!.name as { pl: string }).pl = 'changed';
    expect(draft.cities[0]!.name!.pl).toBe('Kraków');
  });
  it('has nothing to copy where there is no object', () => {
    expect(duplicateEntry({ cities: [null] }, 'cities', 0)).toBeUndefined();
    expect(duplicateEntry(draft, 'cities', 9)).toBeUndefined();
  });
});
