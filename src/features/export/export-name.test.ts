import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_FILE_NAME_LENGTH, slug } from './export-name';

describe('slug', () => {
  it.each<[string, string]>([
    ['Sport', 'sport'],
    ['Dziedzictwo i zabytki', 'dziedzictwo-i-zabytki'],
    ['Zażółć gęślą jaźń', 'zazolc-gesla-jazn'],
    ['ŁÓDŹ', 'lodz'],
    ['Środowisko i ekologia', 'srodowisko-i-ekologia'],
    ['Jyväskylä', 'jyvaskyla'],
    ['Győr', 'gyor'],
    ['Straße / Øresund', 'strasse-oresund'],
    ['2015–2019', '2015-2019'],
    ['  --Kultura!!  ', 'kultura'],
    ['Wizyty w Poznaniu (przyjazdy)', 'wizyty-w-poznaniu-przyjazdy'],
    ['高崎', ''],
  ])('%j → %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });
});

describe('exportFileName', () => {
  it.each<[string, string[], 'csv' | 'geojson', string]>([
    ['Poznań współpraca', [], 'csv', 'poznan-wspolpraca.csv'],
    [
      'Poznań współpraca',
      ['Sport', 'Dziedzictwo', '2019'],
      'csv',
      'poznan-wspolpraca-sport-dziedzictwo-2019.csv',
    ],
    [
      'poznan-cooperation',
      ['Heritage and monuments', 'Partner cities'],
      'geojson',
      'poznan-cooperation-heritage-and-monuments-partner-cities.geojson',
    ],
    ['Poznań współpraca', ['高崎', '', 'Młodzież'], 'csv', 'poznan-wspolpraca-mlodziez.csv'],
  ])('%j with %j as %s', (base, filters, extension, expected) => {
    expect(exportFileName({ base, filters }, extension)).toBe(expected);
  });

  it.each<['csv' | 'geojson']>([['csv'], ['geojson']])(
    'keeps a long name within the limit, without a cut word or a trailing dash: %s',
    (extension) => {
      const filters = [
        'Sport',
        'Dziedzictwo i zabytki',
        'Turystyka',
        'Środowisko i ekologia',
        'Edukacja i nauka',
        'Partycypacja społeczna',
        'Rozwój miasta',
      ];
      const name = exportFileName({ base: 'Poznań współpraca', filters }, extension);
      expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
      expect(name).toMatch(new RegExp(`^[a-z0-9]+(-[a-z0-9]+)*\\.${extension}$`));
      const words = name.slice(0, -extension.length - 1).split('-');
      const all = filters.flatMap((filter) => slug(filter).split('-'));
      expect(words.slice(2).every((word, position) => word === all[position])).toBe(true);
    },
  );

  it('cuts a single overlong word where it must', () => {
    const name = exportFileName({ base: 'x'.repeat(200), filters: [] }, 'csv');
    expect(name).toBe(`${'x'.repeat(MAX_FILE_NAME_LENGTH - 4)}.csv`);
  });

  it('fails loudly on a base with nothing to write', () => {
    expect(() => exportFileName({ base: '高崎', filters: [] }, 'csv')).toThrow(
      'Export file name base "高崎" has no Latin letters or digits',
    );
  });
});
