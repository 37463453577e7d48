import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/cooperation-index';
import type { City, Cooperation, Participant, Visit } from '../../data/schema';
import { testCity, testCooperation, testVisit } from '../../testing/test-builders';
import { buildSearchIndex, type MatchKind } from './search-index';

const text = (pl: string, en = pl) => ({ pl, en });

const city = (id: string, name: string, country: string): City =>
  testCity(id, { name: text(name), country, relation: 'partner' });

function visit(id: string, cityIds: string[], title: string, participants: string[]): Visit {
  return testVisit(id, cityIds, {
    title: text(title),
    summary: text(title),
    participants: participants.map((name): Participant => ({ name: text(name), side: 'foreign' })),
  });
}

const data: Cooperation = testCooperation(
  [city('lodz', 'Łódź', 'PL'), city('gyor', 'Győr', 'HU'), city('lublin', 'Lublin', 'PL')],
  [
    visit('choir', ['lodz'], 'Chór', ['Chór z Łodzi', 'Urząd Miasta']),
    visit('marathon', ['lodz', 'gyor'], 'Maraton', ['Biegacze', 'Urząd Miasta']),
  ],
  [],
);
const countryNames = (code: string) =>
  code === 'PL' ? text('Polska', 'Poland') : text('Węgry', 'Hungary');
const searchIndex = buildSearchIndex(buildIndex(data), countryNames);
const entriesOf = (cityId: string) =>
  searchIndex.entries
    .filter((entry) => entry.cityId === cityId)
    .map((entry) => [entry.kind, entry.text.en]);

describe('buildSearchIndex', () => {
  it.each<[string, [MatchKind, string][]]>([
    [
      'lodz',
      [
        ['city', 'Łódź'],
        ['country', 'Poland'],
        ['participant', 'Chór z Łodzi'],
        ['participant', 'Urząd Miasta'],
        ['visit', 'Chór'],
        ['participant', 'Biegacze'],
        ['visit', 'Maraton'],
      ],
    ],
    [
      'gyor',
      [
        ['city', 'Győr'],
        ['country', 'Hungary'],
        ['participant', 'Biegacze'],
        ['participant', 'Urząd Miasta'],
        ['visit', 'Maraton'],
      ],
    ],
    [
      'lublin',
      [
        ['city', 'Lublin'],
        ['country', 'Poland'],
      ],
    ],
  ])(
    '%s: its name, its country, and each participant and title of its visits once',
    (cityId, expected) => {
      expect(entriesOf(cityId)).toEqual(expected);
    },
  );

  it('folds both languages of every entry once', () => {
    const country = searchIndex.entries.find(
      (entry) => entry.cityId === 'gyor' && entry.kind === 'country',
    );
    expect(country?.keys).toEqual({
      pl: { text: 'wegry', wordStarts: [0] },
      en: { text: 'hungary', wordStarts: [0] },
    });
    expect(country?.cityName).toEqual(text('Győr'));
  });

  it('asks for each country name once', () => {
    const asked: string[] = [];
    buildSearchIndex(buildIndex(data), (code) => (asked.push(code), countryNames(code)));
    expect(asked).toEqual(['PL', 'HU']);
  });
});
