import { describe, expect, it } from 'vitest';
import type { DataPath } from '../../data/validation/problem';
import { describePath, type PathWords } from './describe-path';

const words: PathWords = {
  parts: { hub: 'Poznań', cities: 'Miasta', visits: 'Wizyty', themes: 'Tematy' },
  wholeFile: 'cały plik',
};
const draft = {
  hub: { name: { pl: 'Poznań', en: 'Poznań' } },
  cities: [
    { id: 'takasaki', name: { pl: 'Takasaki', en: 'Takasaki' } },
    { id: 'kiev', name: { pl: '', en: 'Kyiv' } },
    'broken',
  ],
  visits: [{ id: 'v1', title: { pl: 'Wizyta', en: 'Visit' } }],
  themes: [{ id: 't', label: { pl: 'Sport', en: 'Sport' } }],
};

describe('describePath', () => {
  it.each<[DataPath, string, string]>([
    [[], 'pl', 'cały plik'],
    [['hub', 'name', 'pl'], 'pl', 'Poznań › name.pl'],
    [['hub'], 'pl', 'Poznań'],
    [['cities', 0, 'name', 'pl'], 'pl', 'Miasta › Takasaki › name.pl'],
    [['cities', 1, 'name', 'pl'], 'pl', 'Miasta › kiev › name.pl'],
    [['cities', 1], 'en', 'Miasta › Kyiv'],
    [['cities', 2], 'pl', 'Miasta › #3'],
    [['cities', 9, 'id'], 'pl', 'Miasta › #10 › id'],
    [['visits', 0, 'cityIds', 1], 'pl', 'Wizyty › Wizyta › cityIds[1]'],
    [['themes', 0], 'pl', 'Tematy › Sport'],
    [['tittle'], 'pl', 'tittle'],
    [['a b'], 'pl', '["a b"]'],
    [['__proto__'], 'pl', '__proto__'],
    [['constructor', 'x'], 'pl', 'constructor › x'],
    [[3], 'pl', '[3]'],
  ])('%j in %s → %s', (path, language, expected) => {
    expect(describePath(path, draft, language as 'pl' | 'en', words)).toBe(expected);
  });
});
