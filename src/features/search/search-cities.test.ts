import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/cooperation-index';
import { cooperationSchema, type City, type Cooperation } from '../../data/schema';
import type { Language } from '../../i18n/languages';
import { countryNamesInBothLanguages } from './country-names';
import { isSearchableQuery, searchCities } from './search-cities';
import { buildSearchIndex } from './search-index';

const file = readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8');
const realIndex = buildSearchIndex(
  buildIndex(cooperationSchema.parse(JSON.parse(file))),
  countryNamesInBothLanguages(),
);

/** Each suggestion as "id: city name / matched text". */
function shown(query: string, language: Language, limit?: number): string[] {
  return searchCities(realIndex, query, language, limit).map(
    (suggestion) => `${suggestion.id}: ${suggestion.cityName} / ${suggestion.matchedText}`,
  );
}

describe('searchCities in the real data', () => {
  it.each<[string, string, Language, string[]]>([
    ['Polish name without diacritics', 'kijow', 'pl', ['city-kyiv: Kijów / Kijów']],
    ['capitals with diacritics', 'KIJÓW', 'pl', ['city-kyiv: Kijów / Kijów']],
    ['the English name in the Polish interface', 'kyiv', 'pl', ['city-kyiv: Kijów / Kijów']],
    ['ń typed as n', 'minsk', 'pl', ['city-minsk: Mińsk / Mińsk']],
    ['the Polish spelling in the English interface', 'mińsk', 'en', ['city-minsk: Minsk / Minsk']],
    ['a prefix of a city name', 'han', 'pl', ['city-hanover: Hanower / Hanower']],
    [
      'a country in Polish: its cities by name',
      'niemcy',
      'pl',
      [
        'country-berlin: Berlin / Niemcy',
        'country-hamburg: Hamburg / Niemcy',
        'country-hanover: Hanower / Niemcy',
        'country-laatzen: Laatzen / Niemcy',
      ],
    ],
    [
      'a country in English',
      'germany',
      'en',
      [
        'country-berlin: Berlin / Germany',
        'country-hamburg: Hamburg / Germany',
        'country-hanover: Hanover / Germany',
        'country-laatzen: Laatzen / Germany',
      ],
    ],
    [
      'a participant',
      'konserwator',
      'pl',
      ['participant-kyiv: Kijów / Miejska Konserwator Zabytków'],
    ],
    [
      'a participant named in Polish, found in the English interface',
      'zwiazek seniorow',
      'en',
      [
        'participant-laatzen: Laatzen / Christian Union of Seniors from Laatzen (Chrześcijański Związek Seniorów z Laatzen)',
      ],
    ],
    [
      "a visit title word: one suggestion for each of the visit's cities",
      'maraton',
      'pl',
      [
        'visit-kharkiv: Charków / 20. PKO Maraton Poznański',
        'visit-takasaki: Takasaki / 20. PKO Maraton Poznański',
      ],
    ],
    [
      'the city name before participants and titles that mention it',
      'takasaki',
      'pl',
      [
        'city-takasaki: Takasaki / Takasaki',
        'participant-kharkiv: Charków / Reprezentantki i reprezentanci japońskiego miasta Takasaki',
      ],
    ],
    ['a typographic apostrophe', 'ra’anana', 'en', ["city-raanana: Ra'anana / Ra'anana"]],
    ['no apostrophe at all', 'raanana', 'pl', ["city-raanana: Ra'anana / Ra'anana"]],
    [
      'words in another order',
      'alarcon pozuelo',
      'pl',
      ['city-pozuelo-de-alarcon: Pozuelo de Alarcón / Pozuelo de Alarcón'],
    ],
    ['nothing that matches', 'xyzzy', 'pl', []],
    ['one letter', 'k', 'pl', []],
    ['one letter with spaces and punctuation', ' k. ', 'pl', []],
    ['nothing typed', '', 'en', []],
  ])('%s: %j', (_, query, language, expected) => {
    expect(shown(query, language)).toEqual(expected);
  });

  it('gives one suggestion per city and reason, however many participants match', () => {
    const ids = shown('urzad', 'pl').map((line) => line.split(':')[0]);
    expect(ids).toEqual([
      'participant-berlin',
      'participant-helsinki',
      'participant-laatzen',
      'participant-minsk',
      'participant-takasaki',
    ]);
  });

  it.each<[string, number | undefined, number]>([
    ['eight by default', undefined, 8],
    ['three', 3, 3],
    ['none', 0, 0],
  ])('stops at the limit: %s', (_, limit, length) => {
    expect(searchCities(realIndex, 'an', 'pl', 1000).length).toBeGreaterThan(8);
    expect(searchCities(realIndex, 'an', 'pl', limit)).toHaveLength(length);
  });

  it('gives ids that are unique and safe in a DOM id', () => {
    const suggestions = searchCities(realIndex, 'an', 'en', 1000);
    const ids = suggestions.map((suggestion) => suggestion.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('searchCities ranking', () => {
  const text = (pl: string, en = pl) => ({ pl, en });
  const city = (id: string, name: string, country = 'PL'): City => ({
    id,
    name: text(name),
    country,
    lat: 52,
    lng: 16,
    relation: 'partner',
  });
  const data: Cooperation = {
    hub: { id: 'poznan', name: text('Poznań'), country: 'PL', lat: 52.4, lng: 16.9 },
    sources: [{ id: 'report', title: text('report') }],
    themes: [],
    cities: [
      city('zlodziejewo', 'Złodziejewo'),
      city('lodz', 'Łódź'),
      city('lodzia', 'Łódzia'),
      city('lublin', 'Lublin'),
      city('lodi', 'Lodi', 'IT'),
    ],
    visits: [
      {
        id: 'choir',
        cityIds: ['lublin'],
        year: 2019,
        direction: 'incoming',
        title: text('Chór z Łodzi', 'A choir from Łódź'),
        summary: text('Chór'),
        participants: [{ name: text('Łódzki Chór'), side: 'other' }],
        themes: [],
        sourceId: 'report',
      },
    ],
  };
  const index = buildSearchIndex(buildIndex(data), (code) =>
    code === 'IT' ? text('Włochy', 'Italy') : text('Łodzia Land'),
  );
  const ids = (query: string, language: Language = 'pl') =>
    searchCities(index, query, language, 20).map((suggestion) => suggestion.id);

  it.each<[string, string, string[]]>([
    [
      'exact name, then name prefix, then inside a name',
      'lodz',
      ['city-lodz', 'city-lodzia', 'city-zlodziejewo'],
    ],
    ['Ł typed as L, in capitals', 'ŁÓDŹ', ['city-lodz', 'city-lodzia', 'city-zlodziejewo']],
    ['a title in one language only', 'choir', ['visit-lublin']],
  ])('%s: %j', (_, query, expected) => {
    expect(ids(query).slice(0, expected.length)).toEqual(expected);
  });

  it.each<Language>(['pl', 'en'])(
    'then the other cities of a matching country, each city once with its best reason (%s)',
    (language) => {
      expect(ids('lodz', language)).toEqual([
        'city-lodz',
        'city-lodzia',
        'city-zlodziejewo',
        'country-lublin',
      ]);
    },
  );
});

describe('isSearchableQuery', () => {
  it.each<[string, boolean]>([
    ['', false],
    ['k', false],
    [' k ', false],
    ['k.', false],
    ['ki', true],
    ['ß', true],
    ['20', true],
  ])('%j → %s', (query, expected) => {
    expect(isSearchableQuery(query)).toBe(expected);
  });
});
