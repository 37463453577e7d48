import { readFileSync } from 'node:fs';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { orderKeys, serialize } from './serialize';

const fileText = readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8');

/** What `npm run lint` (prettier --check) would accept for these values written on one line. */
function prettier(value: unknown): Promise<string> {
  return format(JSON.stringify(value), { parser: 'json', printWidth: 100 });
}

describe('serialize', () => {
  it('writes the deployed file back byte for byte when nothing changed', () => {
    expect(serialize(JSON.parse(fileText), fileText)).toBe(fileText);
  });

  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['short objects on one line', { hub: { id: 'poznan', name: { pl: 'Poznań', en: 'Poznań' } } }],
    [
      'a list of objects one per line',
      {
        themes: [
          { id: 'a', label: 1 },
          { id: 'b', label: 2 },
        ],
      },
    ],
    ['a list of one-key objects on one line', { places: [{ name: 'a' }, { name: 'b' }] }],
    ['a long list of ids broken', { themes: Array.from({ length: 20 }, (_, i) => `theme-${i}`) }],
    ['a long string kept on its line', { summary: { pl: 'x'.repeat(150), en: 'y' } }],
    ['empty lists', { sources: [], themes: [], cities: [], visits: [] }],
    ['awkward text', { title: { pl: 'cudzysłów " i \\ i \n nowa linia', en: '</script>' } }],
    ['the whole file parsed', JSON.parse(fileText)],
  ])('lays out %s as Prettier does', async (_, value) => {
    expect(serialize(value)).toBe(await prettier(value));
  });

  it('adds a new visit in the contract key order and changes no other line', async () => {
    const draft = JSON.parse(fileText) as { visits: object[] };
    draft.visits.push({
      note: { en: 'Note', pl: 'Notatka' },
      sourceId: 'report-2019',
      themes: ['sport'],
      participants: [],
      summary: { pl: 'Opis', en: 'Summary' },
      title: { pl: 'Tytuł', en: 'Title' },
      direction: 'incoming',
      year: 2019,
      cityIds: ['berlin'],
      id: 'new-visit',
    });
    const text = serialize(draft, fileText);
    expect(await format(text, { parser: 'json', printWidth: 100 })).toBe(text);
    const end = fileText.lastIndexOf('\n  ]\n}\n');
    const addition = [
      ',',
      '    {',
      '      "id": "new-visit",',
      '      "cityIds": ["berlin"],',
      '      "year": 2019,',
      '      "direction": "incoming",',
      '      "title": { "pl": "Tytuł", "en": "Title" },',
      '      "summary": { "pl": "Opis", "en": "Summary" },',
      '      "participants": [],',
      '      "themes": ["sport"],',
      '      "sourceId": "report-2019",',
      '      "note": { "pl": "Notatka", "en": "Note" }',
      '    }',
    ].join('\n');
    expect(text).toBe(`${fileText.slice(0, end)}${addition}${fileText.slice(end)}`);
  });

  it('keeps an entry that moved in the list laid out as it was', () => {
    const draft = JSON.parse(fileText) as { cities: object[] };
    draft.cities.reverse();
    const text = serialize(draft, fileText);
    const bologna = /"id": "bologna"[^]*?"id"/.exec(text)?.[0];
    expect(bologna).toContain('"description": {\n');
    expect(JSON.parse(text)).toEqual(draft);
  });

  it('writes a draft the contract does not like as it is, unknown keys last', () => {
    expect(serialize({ extra: 1, hub: 'x', $schema: 's' })).toBe(
      '{ "$schema": "s", "hub": "x", "extra": 1 }\n',
    );
  });
});

describe('orderKeys', () => {
  const contract = ['id', 'name', 'country', 'lat', 'lng', 'relation', 'partnerSince'];
  it.each<[string[], string[] | undefined, string[]]>([
    [['lat', 'id', 'name'], undefined, ['id', 'name', 'lat']],
    [
      ['name', 'id'],
      ['name', 'id'],
      ['name', 'id'],
    ],
    [
      ['id', 'name', 'partnerSince', 'country'],
      ['id', 'name', 'country'],
      ['id', 'name', 'country', 'partnerSince'],
    ],
    [
      ['id', 'relation', 'lat'],
      ['relation', 'id'],
      ['lat', 'relation', 'id'],
    ],
    [['id', 'zzz', 'name'], undefined, ['id', 'name', 'zzz']],
    [
      ['id', 'name'],
      ['id', 'gone', 'name'],
      ['id', 'name'],
    ],
  ])('%j with the original %j → %j', (keys, original, ordered) => {
    expect(orderKeys(keys, contract, original)).toEqual(ordered);
  });
});
