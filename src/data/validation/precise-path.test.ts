import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from './problem';
import type { PlaceVerdict } from './entry-checks';
import { checkPrecisely } from './precise-path';

const text = readFileSync(
  new URL('../../../e2e/fixtures/cooperation-2019.json', import.meta.url),
  'utf8',
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit raw JSON at will
type Raw = Record<string, any>;

function check(edit: (data: Raw) => void, verdict: PlaceVerdict = 'inside') {
  const data = JSON.parse(text) as Raw;
  edit(data);
  const result = checkPrecisely(data, { currentYear: 2026, checkPlace: () => verdict });
  return { ...result, lines: result.problems.map(formatProblem) };
}

describe('checkPrecisely', () => {
  it('finds nothing wrong with the bundled data', () => {
    const result = check(() => undefined);
    expect(result.lines).toEqual([]);
    expect(result.skipped).toBe(0);
  });

  it.each<[string, (data: Raw) => void, string, number]>([
    [
      'a year in the future (a warning: the clock of a visitor may be behind)',
      (d) => (d.visits[0].year = 2091),
      'visits[0].year  ostrzeżenie: rok 2091 jest w przyszłości (teraz jest 2026) (warning: the year 2091 is in the future (it is now 2026))',
      0,
    ],
    [
      'a year before post-war cooperation',
      (d) => (d.visits[0].year = 1019),
      'visits[0].year  najmniejsza dozwolona wartość to 1945, jest 1019 (the smallest allowed value is 1945, found 1019)',
      1,
    ],
    [
      'a partnership starting in the future',
      (d) => (d.cities[7].partnerSince = 2030),
      'cities[7].partnerSince  ostrzeżenie: rok 2030 jest w przyszłości (teraz jest 2026) (warning: the year 2030 is in the future (it is now 2026))',
      0,
    ],
    [
      'visits under an unknown top-level key',
      (d) => (d.visit = [d.visits[0], d.visits[1]]),
      'visit  nieznane pole "visit"; mapa nie pokaże niczego z jego listy (wpisów: 2); czy chodziło o "visits"? (unknown key "visit"; the map shows nothing from its list (entries: 2); did you mean "visits"?)',
      0,
    ],
    [
      'an unknown top-level key holding no list',
      (d) => (d.updated = '2020-01-31'),
      'updated  nieznane pole "updated" (unknown key "updated")',
      0,
    ],
    [
      'a theme id longer than 100 characters',
      (d) => (d.themes[0].id = 'a'.repeat(101)),
      `themes[0].id  identyfikator "${'a'.repeat(39)}…${'a'.repeat(17)}" ma 101 znaków, a może mieć najwyżej 100 (the id "${'a'.repeat(39)}…${'a'.repeat(17)}" is 101 characters long; at most 100 are allowed)`,
      3, // the theme and the two visits naming it
    ],
    [
      'a theme id with a typo',
      (d) => (d.visits[2].themes[0] = 'turism'),
      'visits[2].themes[0]  nieznany temat "turism"; czy chodziło o "tourism" (themes[2])? (unknown theme "turism"; did you mean "tourism" (themes[2])?)',
      1,
    ],
    [
      'an unknown source',
      (d) => (d.visits[2].sourceId = 'report-2091'),
      'visits[2].sourceId  nieznane źródło "report-2091"; czy chodziło o "report-2019" (sources[0])? (unknown source "report-2091"; did you mean "report-2019" (sources[0])?)',
      1,
    ],
    [
      'a zero count',
      (d) => (d.visits[5].participants[0].count = 0),
      'visits[5].participants[0].count  liczba musi być większa od zera, jest 0 (the number must be greater than zero, found 0)',
      1,
    ],
    [
      'an empty English text',
      (d) => (d.themes[0].label.en = ''),
      'themes[0].label.en  tekst nie może być pusty (the text must not be empty)',
      3,
    ],
    [
      'a list where an object belongs',
      (d) => (d.cities[0].name = ['Berlin']),
      'cities[0].name  oczekiwano obiektu { … }, jest lista [ … ] (expected an object { … }, found a list [ … ])',
      2,
    ],
    [
      'a number where text belongs',
      (d) => (d.visits[0].title.pl = 2019),
      'visits[0].title.pl  oczekiwano tekstu w cudzysłowie, jest liczba 2019 (expected text in quotes, found the number 2019)',
      1,
    ],
    [
      'latitude out of range',
      (d) => (d.cities[0].lat = 152.5),
      'cities[0].lat  szerokość geograficzna (lat) musi leżeć między -90 a 90, jest 152.5 (latitude (lat) must lie between -90 and 90, found 152.5)',
      2,
    ],
    [
      'a __proto__ key',
      (d) => Object.defineProperty(d.cities[0], '__proto__', { value: {}, enumerable: true }),
      'cities[0].__proto__  nieznane pole "__proto__" (unknown key "__proto__")',
      2,
    ],
    [
      "a source's page at http://",
      (d) => (d.sources[1].url = 'http://www.poznan.pl/'),
      'sources[1].url  adres "http://www.poznan.pl/" musi zaczynać się od https:// i nie może zawierać spacji, cudzysłowów ani znaków < > (the address "http://www.poznan.pl/" must start with https:// and contain no spaces, quotes or < >)',
      1,
    ],
    [
      'an agreement signed on 30 February',
      (d) => (d.cities[9].partnership = { signed: '1966-02-30' }),
      'cities[9].partnership.signed  data "1966-02-30" nie istnieje w kalendarzu albo nie ma postaci RRRR-MM-DD (np. "2019-05-14") (the date "1966-02-30" is not a real calendar date in the form YYYY-MM-DD (e.g. "2019-05-14"))',
      1,
    ],
    [
      'an agreement date with no partnerSince',
      (d) => {
        delete d.cities[9].partnerSince;
        d.cities[9].partnership = { signed: '1966-09-16' };
      },
      'cities[9].partnership.signed  podano datę umowy "1966-09-16", ale nie rok "partnerSince"; dopisz "partnerSince": 1966 (the agreement date "1966-09-16" is given but not "partnerSince"; add "partnerSince": 1966)',
      1,
    ],
    [
      'areas in Polish only',
      (d) => (d.cities[9].partnership = { areas: { pl: ['kultura'], en: [] } }),
      'cities[9].partnership.areas.en  lista nie może być pusta (the list must not be empty)',
      1,
    ],
    [
      'an empty area',
      (d) => (d.cities[9].partnership = { areas: { pl: ['kultura'], en: [''] } }),
      'cities[9].partnership.areas.en[0]  tekst nie może być pusty (the text must not be empty)',
      1,
    ],
    [
      'partnership facts on an informal city',
      (d) => (d.cities[0].partnership = { url: 'https://www.poznan.pl/' }),
      'cities[0].partnership  opis umowy "partnership" podano dla miasta bez umowy partnerskiej ("relation": "informal"); usuń go albo wpisz "relation": "partner" ("partnership" is given for a city without a partnership agreement ("relation": "informal"); remove it or set "relation": "partner")',
      2,
    ],
  ])('%s', (_, edit, line, skipped) => {
    const result = check(edit);
    expect(result.lines).toContain(line);
    expect(result.skipped).toBe(skipped);
  });

  it('keeps every visit for a visitor whose clock is behind, with a warning for each', () => {
    const data = JSON.parse(text) as Raw;
    const result = checkPrecisely(data, { currentYear: 2018, checkPlace: () => 'inside' });
    expect(result.skipped).toBe(0);
    expect(result.data?.visits).toHaveLength(data.visits.length);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('makes a year in the future an error when asked (the command line)', () => {
    const data = JSON.parse(text) as Raw;
    data.visits[0].year = 2091;
    const result = checkPrecisely(data, { currentYear: 2026, futureYears: 'error' });
    expect(result.problems.map(formatProblem)).toContain(
      'visits[0].year  rok 2091 jest w przyszłości (teraz jest 2026) (the year 2091 is in the future (it is now 2026))',
    );
    expect(result.skipped).toBe(1);
  });

  it('says when lat and lng look swapped, and skips the city', () => {
    const result = check(() => undefined, 'swapped');
    expect(result.lines[0]).toMatch(/^hub\.lat {2}szerokość i długość są chyba zamienione/);
    expect(result.data?.cities).toEqual([]);
  });

  it('only warns about a place far from its country, and keeps it', () => {
    const result = check(() => undefined, 'outside');
    expect(result.skipped).toBe(0);
    expect(result.problems.every((problem) => problem.severity === 'warning')).toBe(true);
  });

  it.each<[string, (data: Raw) => void, string]>([
    [
      'a city with no visit and no partnership',
      (d) => (d.visits = d.visits.filter((visit: Raw) => !visit.cityIds.includes('laatzen'))),
      'cities[4]  ostrzeżenie: miasto "laatzen" nie ma żadnej wizyty ani umowy partnerskiej, więc na mapie nie będzie nic o nim do przeczytania (warning: the city "laatzen" has no visit and no partnership, so the map will have nothing to say about it)',
    ],
    [
      'a partnership year on an informal city',
      (d) => (d.cities[0].partnerSince = 2001),
      'cities[0].partnerSince  ostrzeżenie: rok "partnerSince" podano dla miasta bez umowy partnerskiej ("relation": "informal") (warning: "partnerSince" is given for a city without a partnership agreement ("relation": "informal"))',
    ],
    [
      'a theme named twice in one visit',
      (d) => d.visits[0].themes.push(d.visits[0].themes[0]),
      'visits[0].themes[4]  ostrzeżenie: "tourism" występuje na tej liście więcej niż raz (warning: "tourism" appears more than once in this list)',
    ],
  ])('warns, and skips nothing: %s', (_, edit, line) => {
    const result = check(edit);
    expect(result.lines).toEqual([line]);
    expect(result.skipped).toBe(0);
  });

  it('explains that a visit was skipped because its city was', () => {
    const result = check((d) => (d.cities[6].country = 'Japan'));
    expect(result.lines).toContain(
      'visits[6].cityIds[0]  miasto "takasaki" (cities[6]) ma błędy i zostało pominięte, więc ta wizyta też (city "takasaki" (cities[6]) has errors and was skipped, so this visit is too)',
    );
  });
});

describe('checkPrecisely with onProblem (the command line)', () => {
  it('hands over each problem as it is found, in order, and keeps none', () => {
    const data = JSON.parse(text) as Raw;
    data.visits[0].cityIds = ['kiev'];
    data.cities[1].lat = 200;
    const kept = checkPrecisely(data, { currentYear: 2026 });
    const handed: Problem[] = [];
    const streamed = checkPrecisely(data, {
      currentYear: 2026,
      onProblem: (problem) => handed.push(problem),
    });
    expect(handed).toEqual(kept.problems);
    expect(handed.length).toBeGreaterThan(1);
    expect(streamed).toEqual({ ...kept, problems: [] });
  });
});
