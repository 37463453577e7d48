import { describe, expect, it } from 'vitest';
import { groupCities, type ListCity } from './group-cities';

function city(
  id: string,
  name: string,
  country: string,
  countryName: string,
  relation: ListCity['relation'],
): ListCity {
  return { id, name, country, countryName, relation, visits: 0 };
}

const cities = [
  city('zakopane', 'Zakopane', 'PL', 'Polska', 'informal'),
  city('lodz', 'Łódź', 'PL', 'Polska', 'partner'),
  city('lublin', 'Lublin', 'PL', 'Polska', 'partner'),
  city('zrodla', 'Źródła', 'PL', 'Polska', 'informal'),
  city('hanover', 'Hanower', 'DE', 'Niemcy', 'partner'),
  city('berlin', 'Berlin', 'DE', 'Niemcy', 'informal'),
  city('rennes', 'Rennes', 'FR', 'Francja', 'partner'),
  city('assen', 'Assen', 'NL', 'Holandia', 'partner'),
];
const polish = new Intl.Collator('pl').compare;
const relationLabel = (relation: string) => (relation === 'partner' ? 'Partnerskie' : 'Bez umowy');
const names = (groups: ReturnType<typeof groupCities>) =>
  groups.map((group) => [group.label, group.cities.map((entry) => entry.name)]);

describe('groupCities', () => {
  it.each<[string, ReturnType<typeof names>]>([
    [
      'country',
      [
        ['Francja', ['Rennes']],
        ['Holandia', ['Assen']],
        ['Niemcy', ['Berlin', 'Hanower']],
        ['Polska', ['Lublin', 'Łódź', 'Zakopane', 'Źródła']],
      ],
    ],
    [
      'relation',
      [
        ['Partnerskie', ['Assen', 'Hanower', 'Lublin', 'Łódź', 'Rennes']],
        ['Bez umowy', ['Berlin', 'Zakopane', 'Źródła']],
      ],
    ],
  ])('by %s, sorted in Polish collation', (grouping, expected) => {
    expect(
      names(groupCities(cities, grouping as 'country' | 'relation', polish, relationLabel)),
    ).toEqual(expected);
  });

  it('keeps every city exactly once', () => {
    for (const grouping of ['country', 'relation'] as const) {
      const ids = groupCities(cities, grouping, polish, relationLabel).flatMap((group) =>
        group.cities.map((entry) => entry.id),
      );
      expect(ids.sort()).toEqual(cities.map((entry) => entry.id).sort());
    }
  });

  it('gives no group for nothing', () => {
    expect(groupCities([], 'country', polish, relationLabel)).toEqual([]);
  });
});
