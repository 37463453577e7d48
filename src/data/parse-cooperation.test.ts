import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataLoadError } from './load-error';
import { parseCooperation } from './parse-cooperation';

const validText = readFileSync(new URL('../../data/cooperation.json', import.meta.url), 'utf8');

/** The bundled data with one change made by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits raw JSON at will
function variant(edit: (data: Record<string, any>) => void): string {
  const data = JSON.parse(validText);
  edit(data);
  return JSON.stringify(data);
}

function problemsOf(text: string): string[] {
  try {
    parseCooperation(text);
  } catch (error) {
    if (error instanceof DataLoadError) return [error.message, ...error.details];
    throw error;
  }
  return [];
}

describe('parseCooperation', () => {
  it('accepts the bundled data, with or without a byte order mark', () => {
    expect(parseCooperation(validText).cities).toHaveLength(22);
    expect(parseCooperation(`\uFEFF${validText}`).visits).toHaveLength(8);
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', '{"hub": ', /not valid JSON/],
    ['an array at the top', '[]', /\(top level\)/],
    ['null at the top', 'null', /\(top level\)/],
    ['a missing list', variant((d) => delete d.visits), /^visits: /],
    [
      'an unknown key (a typo)',
      variant((d) => (d.visits[0].tittle = d.visits[0].title)),
      /visits\[0\]: .*tittle/,
    ],
    ['a bad relation', variant((d) => (d.cities[0].relation = 'friend')), /cities\[0\]\.relation/],
    ['latitude out of range', variant((d) => (d.cities[1].lat = 152.5)), /cities\[1\]\.lat/],
    [
      'coordinates as text with a decimal comma',
      variant((d) => (d.cities[1].lng = '9,99')),
      /cities\[1\]\.lng/,
    ],
    ['an id that is not a slug', variant((d) => (d.cities[2].id = 'Kyiv City')), /cities\[2\]\.id/],
    [
      'a country that is not ISO alpha-2',
      variant((d) => (d.cities[2].country = 'Ukraine')),
      /cities\[2\]\.country/,
    ],
    [
      'an empty English title',
      variant((d) => (d.visits[1].title.en = '  ')),
      /visits\[1\]\.title\.en/,
    ],
    [
      'a missing Polish summary',
      variant((d) => delete d.visits[1].summary.pl),
      /visits\[1\]\.summary\.pl/,
    ],
    [
      'a fractional count',
      variant((d) => (d.visits[5].participants[0].count = 2.5)),
      /visits\[5\]\.participants\[0\]\.count/,
    ],
    [
      'a negative count',
      variant((d) => (d.visits[5].participants[0].count = -3)),
      /visits\[5\]\.participants\[0\]\.count/,
    ],
    ['a bad direction', variant((d) => (d.visits[0].direction = 'both')), /visits\[0\]\.direction/],
    [
      'a date not in YYYY-MM-DD',
      variant((d) => (d.visits[0].date = '12.05.2019')),
      /visits\[0\]\.date/,
    ],
    ['a visit with no city', variant((d) => (d.visits[0].cityIds = [])), /visits\[0\]\.cityIds/],
    [
      'an unknown city',
      variant((d) => (d.visits[3].cityIds = ['kiev'])),
      /visits\[3\]\.cityIds\[0\]: unknown city "kiev"/,
    ],
    [
      'an unknown theme',
      variant((d) => d.visits[3].themes.push('chess')),
      /visits\[3\]\.themes\[1\]: unknown theme "chess"/,
    ],
    [
      'an unknown source',
      variant((d) => (d.visits[3].sourceId = 'report-2029')),
      /visits\[3\]\.sourceId: unknown source/,
    ],
    [
      'a duplicate city id',
      variant((d) => (d.cities[1].id = d.cities[0].id)),
      /cities: duplicate id "berlin"/,
    ],
  ])('rejects %s', (_, text, expected) => {
    const problems = problemsOf(text);
    expect(
      problems.some((problem) => expected.test(problem)),
      problems.join('\n'),
    ).toBe(true);
  });
});
