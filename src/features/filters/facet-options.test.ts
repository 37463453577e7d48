import { describe, expect, it } from 'vitest';
import type { Direction, Relation } from '../../data/schema';
import {
  activeChoices,
  countryOptions,
  directionOptions,
  moveYearEnd,
  relationOptions,
  shownYears,
  toggled,
  visitsInYears,
  yearSpan,
  yearsFilter,
} from './facet-options';
import { EMPTY_FACETS, type FacetState, type YearRange } from './facets';

const directions = (incoming: number, outgoing: number) =>
  new Map<Direction, number>([
    ['incoming', incoming],
    ['outgoing', outgoing],
  ]);

describe('directionOptions', () => {
  it.each<[string, Direction | null, number, number, [number, boolean, boolean][]]>([
    [
      'offers all, then each direction, with counts',
      null,
      5,
      3,
      [
        [8, true, false],
        [5, false, false],
        [3, false, false],
      ],
    ],
    [
      'disables a direction nothing matches',
      null,
      5,
      0,
      [
        [5, true, false],
        [5, false, false],
        [0, false, true],
      ],
    ],
    [
      'keeps a chosen direction enabled at zero, to be unchosen',
      'outgoing',
      0,
      0,
      [
        [0, false, false],
        [0, false, true],
        [0, true, false],
      ],
    ],
  ])('%s', (_, direction, incoming, outgoing, expected) => {
    const options = directionOptions(directions(incoming, outgoing), direction);
    expect(options.map((o) => o.value)).toEqual([null, 'incoming', 'outgoing']);
    expect(options.map((o) => [o.count, o.selected, o.disabled])).toEqual(expected);
  });
});

describe('relationOptions', () => {
  const counts = new Map<Relation, number>([
    ['partner', 4],
    ['informal', 0],
  ]);

  it.each<[readonly Relation[], [Relation, number, boolean, boolean][]]>([
    [
      [],
      [
        ['partner', 4, false, false],
        ['informal', 0, false, true],
      ],
    ],
    [
      ['informal'],
      [
        ['partner', 4, false, false],
        ['informal', 0, true, false],
      ],
    ],
    [
      ['partner', 'informal'],
      [
        ['partner', 4, true, false],
        ['informal', 0, true, false],
      ],
    ],
  ])('with %j chosen gives value, count, selected, disabled %j', (relations, expected) => {
    expect(
      relationOptions(counts, relations).map((o) => [o.value, o.count, o.selected, o.disabled]),
    ).toEqual(expected);
  });
});

describe('countryOptions', () => {
  const names: Record<string, Record<string, string>> = {
    pl: { AT: 'Austria', DE: 'Niemcy', HR: 'Chorwacja', LT: 'Litwa', LV: 'Łotwa', MT: 'Malta' },
    en: { AT: 'Austria', DE: 'Germany', HR: 'Croatia', LT: 'Lithuania', LV: 'Latvia', MT: 'Malta' },
  };
  const counts = new Map([
    ['AT', 1],
    ['DE', 3],
    ['HR', 0],
    ['LT', 2],
    ['LV', 0],
    ['MT', 1],
  ]);

  it.each<[string, string[]]>([
    ['pl', ['Austria', 'Chorwacja', 'Litwa', 'Łotwa', 'Malta', 'Niemcy']],
    ['en', ['Austria', 'Croatia', 'Germany', 'Latvia', 'Lithuania', 'Malta']],
  ])('sorts by name in the collation of %s', (language, expected) => {
    const options = countryOptions(
      counts,
      [],
      (code) => names[language]?.[code] ?? code,
      new Intl.Collator(language).compare,
    );
    expect(options.map((o) => o.name)).toEqual(expected);
  });

  it.each<[string, readonly string[], number, boolean, boolean]>([
    ['DE', [], 3, false, false],
    ['HR', [], 0, false, true],
    ['LV', ['LV'], 0, true, false],
    ['LT', ['LT', 'DE'], 2, true, false],
  ])('gives %s with %j chosen count %i, selected %s, disabled %s', (code, chosen, ...expected) => {
    const options = countryOptions(
      counts,
      chosen,
      (value) => value,
      (a, b) => a.localeCompare(b),
    );
    const found = options.find((o) => o.value === code);
    expect([found?.count, found?.selected, found?.disabled]).toEqual(expected);
  });

  it('orders equal names by code', () => {
    const options = countryOptions(
      new Map([
        ['ZZ', 1],
        ['AA', 1],
      ]),
      [],
      () => 'Same',
      new Intl.Collator('pl').compare,
    );
    expect(options.map((o) => o.value)).toEqual(['AA', 'ZZ']);
  });
});

describe('yearSpan', () => {
  it.each<[string, number[], YearRange | null]>([
    ['no visits', [], null],
    ['one year', [2019], null],
    ['several years, zeros included', [2015, 2016, 2019], { from: 2015, to: 2019 }],
  ])('gives for %s %j', (_, years, expected) => {
    expect(yearSpan(new Map(years.map((year) => [year, 0])))).toEqual(expected);
  });
});

describe('shownYears', () => {
  const span = { from: 2015, to: 2020 };
  it.each<[string, YearRange | null, YearRange]>([
    ['no filter as the whole span', null, span],
    ['a range inside as it is', { from: 2016, to: 2018 }, { from: 2016, to: 2018 }],
    ['a range reaching out clamped', { from: 2010, to: 2030 }, span],
    [
      'a range wholly after the span at its end',
      { from: 2025, to: 2030 },
      { from: 2020, to: 2020 },
    ],
    ['a range wholly before at its start', { from: 2000, to: 2001 }, { from: 2015, to: 2015 }],
  ])('shows %s', (_, chosen, expected) => {
    expect(shownYears(span, chosen)).toEqual(expected);
  });
});

describe('yearsFilter', () => {
  const span = { from: 2015, to: 2020 };
  it.each<[YearRange, YearRange | null]>([
    [{ from: 2015, to: 2020 }, null],
    [
      { from: 2015, to: 2019 },
      { from: 2015, to: 2019 },
    ],
    [
      { from: 2016, to: 2020 },
      { from: 2016, to: 2020 },
    ],
    [
      { from: 2018, to: 2018 },
      { from: 2018, to: 2018 },
    ],
  ])('turns %j into %j', (range, expected) => {
    expect(yearsFilter(span, range)).toEqual(expected);
  });
});

describe('moveYearEnd', () => {
  const range = { from: 2016, to: 2018 };
  it.each<[keyof YearRange, number, YearRange]>([
    ['from', 2015, { from: 2015, to: 2018 }],
    ['from', 2018, { from: 2018, to: 2018 }],
    ['from', 2019, { from: 2018, to: 2018 }],
    ['to', 2020, { from: 2016, to: 2020 }],
    ['to', 2016, { from: 2016, to: 2016 }],
    ['to', 2015, { from: 2016, to: 2016 }],
  ])('moves %s to %i giving %j, never crossing', (end, year, expected) => {
    expect(moveYearEnd(range, end, year)).toEqual(expected);
  });
});

describe('visitsInYears', () => {
  const counts = new Map([
    [2015, 2],
    [2016, 0],
    [2018, 5],
    [2020, 1],
  ]);
  it.each<[YearRange, number]>([
    [{ from: 2015, to: 2020 }, 8],
    [{ from: 2016, to: 2018 }, 5],
    [{ from: 2017, to: 2017 }, 0],
    [{ from: 2020, to: 2020 }, 1],
  ])('counts %j as %i', (range, expected) => {
    expect(visitsInYears(counts, range)).toBe(expected);
  });
});

describe('toggled', () => {
  it.each<[string[], string, string[]]>([
    [[], 'DE', ['DE']],
    [['DE'], 'UA', ['DE', 'UA']],
    [['DE', 'UA'], 'DE', ['UA']],
  ])('toggles %j with %s into %j', (values, value, expected) => {
    expect(toggled(values, value)).toEqual(expected);
  });
});

describe('activeChoices', () => {
  it.each<[string, Partial<FacetState>, number]>([
    ['nothing chosen', {}, 0],
    ['themes, which have their own control', { themes: ['sport', 'culture'] }, 0],
    ['a direction', { direction: 'incoming' }, 1],
    ['relations and countries, each', { relations: ['partner'], countries: ['DE', 'UA'] }, 3],
    ['a year range, once', { years: { from: 2016, to: 2019 } }, 1],
  ])('counts %s', (_, change, expected) => {
    expect(activeChoices({ ...EMPTY_FACETS, ...change })).toBe(expected);
  });
});
