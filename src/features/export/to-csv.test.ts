import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/cooperation-index';
import { cooperationSchema, type City, type Cooperation, type Visit } from '../../data/schema';
import { filterByThemes, type FilterResult } from '../filters/filter-visits';
import { parseCsv } from '../../testing/parse-csv';
import { readLikeASpreadsheet, type QuoteReading } from '../../testing/read-like-a-spreadsheet';
import { CSV_COLUMNS, visitsToCsv, type CsvColumnLabels, type CsvValueLabels } from './to-csv';

const realData = cooperationSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8')),
);
const realIndex = buildIndex(realData);

const columns = Object.fromEntries(
  CSV_COLUMNS.map((column) => [column, `Header ${column}`]),
) as CsvColumnLabels;
const values: CsvValueLabels = {
  direction: { incoming: 'Przyjazd', outgoing: 'Wyjazd' },
  relation: { partner: 'Partnerskie', informal: 'Bez umowy' },
};

/** The parsed file without its BOM, as objects keyed by column. */
function rowsOf(csv: string, delimiter: ',' | ';' = ','): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1), delimiter);
  expect(header).toEqual(CSV_COLUMNS.map((column) => columns[column]));
  return rows.map((row) => {
    expect(row).toHaveLength(CSV_COLUMNS.length);
    return Object.fromEntries(CSV_COLUMNS.map((column, position) => [column, row[position]!]));
  });
}

/** The (visit, city) pairs the view shows, with '' for a city shown without visits. */
function expectedPairs(view: FilterResult): [string, string][] {
  return view.cities.flatMap((city) => {
    const visits = view.visitsByCity.get(city.id) ?? [];
    return visits.length === 0
      ? [['', city.id] as [string, string]]
      : visits.map((visit) => [visit.id, city.id] as [string, string]);
  });
}

describe('visitsToCsv on the real data', () => {
  it.each<[string, string[]]>([
    ['no filter', []],
    ['sport', ['sport']],
    ['heritage or seniors', ['heritage', 'seniors']],
    ['a theme no visit has', ['no-such-theme']],
  ])('has one row per shown visit and city: %s', (_, themes) => {
    const view = filterByThemes(realIndex, new Set(themes));
    const rows = rowsOf(visitsToCsv(view, realIndex, 'pl', columns, values));
    expect(rows.map((row) => [row.visitId, row.cityId])).toEqual(expectedPairs(view));
  });

  it('writes a visit with two cities once under each', () => {
    const view = filterByThemes(realIndex, new Set(['sport']));
    const rows = rowsOf(visitsToCsv(view, realIndex, 'pl', columns, values));
    const marathon = rows.filter((row) => row.visitId === 'poznan-marathon-2019');
    expect(marathon.map((row) => row.cityId)).toEqual(['takasaki', 'kharkiv']);
  });

  it.each(['pl', 'en'] as const)('matches the data field by field in %s', (language) => {
    const view = filterByThemes(realIndex, new Set());
    const rows = rowsOf(visitsToCsv(view, realIndex, language, columns, values));
    for (const row of rows) {
      const city = realIndex.citiesById.get(row.cityId!)!;
      expect(row).toMatchObject({
        cityName: city.name[language],
        country: city.country,
        relation: values.relation[city.relation],
      });
      if (row.visitId === '') continue;
      const visit = realData.visits.find((entry) => entry.id === row.visitId)!;
      expect(row).toMatchObject({
        year: String(visit.year),
        date: visit.date ?? '',
        direction: values.direction[visit.direction],
        title: visit.title[language],
        themes: visit.themes.map((id) => realIndex.themesById.get(id)!.label[language]).join('; '),
        participants: visit.participants.map((p) => p.name[language]).join('; '),
        summary: visit.summary[language],
        source: realIndex.sourcesById.get(visit.sourceId)!.title[language],
      });
    }
  });

  it('ends every line, the last one too, with CRLF', () => {
    const csv = visitsToCsv(filterByThemes(realIndex, new Set()), realIndex, 'pl', columns, values);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
  });
});

const text = (value: string) => ({ pl: value, en: value });

function fixture(title: string): { view: FilterResult; index: ReturnType<typeof buildIndex> } {
  const city: City = {
    id: 'rennes',
    name: text('Rennes'),
    country: 'FR',
    lat: 48.1,
    lng: -1.7,
    relation: 'partner',
  };
  const visit: Visit = {
    id: 'visit',
    cityIds: ['rennes'],
    year: 2019,
    date: '2019-05-04',
    direction: 'incoming',
    title: text(title),
    summary: text('Summary'),
    participants: [
      { name: text('Anna'), side: 'home' },
      { name: text('Jean'), side: 'foreign' },
    ],
    themes: ['culture', 'sport'],
    sourceId: 'report',
  };
  const data: Cooperation = {
    hub: { id: 'poznan', name: text('Poznań'), country: 'PL', lat: 52.4, lng: 16.9 },
    sources: [{ id: 'report', title: text('Report') }],
    themes: [
      { id: 'sport', label: text('Sport') },
      { id: 'culture', label: text('Kultura, sztuka') },
    ],
    cities: [city],
    visits: [visit],
  };
  const index = buildIndex(data);
  return { index, view: filterByThemes(index, new Set()) };
}

describe('visitsToCsv quoting and formula guard', () => {
  it.each<[string, string, string]>([
    ['plain text', 'Wizyta w Rennes', '"Wizyta w Rennes"'],
    ['Polish letters', 'Zażółć gęślą jaźń', '"Zażółć gęślą jaźń"'],
    ['a comma', 'Sport, kultura', '"Sport, kultura"'],
    ['quotes', 'Okrągły Stół "Poznań"', '"Okrągły Stół ""Poznań"""'],
    ['a line break', 'Line one\nline two', '"Line one\nline two"'],
    ['a CRLF', 'Line one\r\nline two', '"Line one\r\nline two"'],
    ['a formula', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a plus', '+48 61 000', `"'+48 61 000"`],
    ['a minus', '-1+1', `"'-1+1"`],
    ['an at sign', '@SUM(A1)', `"'@SUM(A1)"`],
    ['a tab', '\t=1', `"'\t=1"`],
    ['a carriage return', '\r=1', `"'\r'=1"`],
    ['a dash inside', 'Poznań-Berlin', '"Poznań-Berlin"'],
    [
      'a formula after a semicolon',
      'x;=HYPERLINK("http://evil")',
      `"x;'=HYPERLINK(""http://evil"")"`,
    ],
    ['a formula after a comma', 'a,@SUM(1)', `"a,'@SUM(1)"`],
    ['a formula after a quote', 'a;"=1"', `"a;""'=1"""`],
    ['a formula on the next line', 'Program:\n-2+3', `"Program:\n'-2+3"`],
  ])('writes a title with %s', (_, title, written) => {
    const { view, index } = fixture(title);
    const csv = visitsToCsv(view, index, 'pl', columns, values);
    const dataLine = csv.slice(csv.indexOf('\r\n') + 2);
    expect(dataLine).toContain(`,${written},`);
    const [row] = rowsOf(csv);
    expect(row!.title!.replaceAll("'", '')).toBe(title.replaceAll("'", ''));
  });

  it.each<[',' | ';', string]>([
    [',', '"Kultura, sztuka; Sport"'],
    [';', '"Kultura, sztuka; Sport"'],
  ])('keeps the list of themes in one field with the delimiter %j', (delimiter, written) => {
    const { view, index } = fixture('Visit');
    const csv = visitsToCsv(view, index, 'pl', columns, values, { delimiter });
    expect(csv).toContain(written);
    expect(rowsOf(csv, delimiter)[0]).toMatchObject({
      themes: 'Kultura, sztuka; Sport',
      participants: 'Anna; Jean',
    });
  });

  it.each([',', ';'] as const)('quotes every field, with the delimiter %j', (delimiter) => {
    const { view, index } = fixture('Visit');
    const csv = visitsToCsv(view, index, 'pl', columns, values, { delimiter });
    const field = '"(?:[^"]|"")*"';
    for (const line of csv.slice(1).split('\r\n').slice(0, -1)) {
      expect(line).toMatch(new RegExp(`^${field}(?:${delimiter}${field})*$`));
    }
    expect(csv).toContain(`"Anna; Jean"`);
  });
  it('writes a shown city without visits as one row with empty visit columns', () => {
    const { index } = fixture('Visit');
    const city = index.data.cities[0]!;
    const view: FilterResult = { cities: [city], visitsByCity: new Map([[city.id, []]]) };
    expect(rowsOf(visitsToCsv(view, index, 'en', columns, values))).toEqual([
      {
        visitId: '',
        year: '',
        date: '',
        direction: '',
        cityId: 'rennes',
        cityName: 'Rennes',
        country: 'FR',
        relation: 'Partnerskie',
        title: '',
        themes: '',
        participants: '',
        summary: '',
        source: '',
      },
    ]);
  });

  it('writes only the header for an empty view', () => {
    const { index } = fixture('Visit');
    const csv = visitsToCsv({ cities: [], visitsByCity: new Map() }, index, 'pl', columns, values);
    expect(rowsOf(csv)).toEqual([]);
  });
});

/** Text an attacker could put in the data, in every field that holds text. */
const HOSTILE = [
  'x;=HYPERLINK("http://evil")',
  'a,@SUM(1)',
  '-2+3',
  '+1',
  '@cmd',
  '=1+1',
  '\t=1',
  '\r=1',
  'a;"=1"',
  'a,"+1"',
  '"=1"',
  'a;""@x',
  'Program:\n-2+3',
  'Program:\r\n=1',
  'a\r\t=1',
  'x,;=1',
  'Okrągły Stół "Poznań", =1',
];

function hostileFixture(): { view: FilterResult; index: ReturnType<typeof buildIndex> } {
  const hostile = (at: number) => ({
    pl: HOSTILE[at % HOSTILE.length]!,
    en: HOSTILE[(at + 1) % HOSTILE.length]!,
  });
  const data: Cooperation = {
    hub: { id: 'poznan', name: text('Poznań'), country: 'PL', lat: 52.4, lng: 16.9 },
    sources: HOSTILE.map((_, at) => ({ id: `source-${at}`, title: hostile(at + 2) })),
    themes: HOSTILE.map((_, at) => ({ id: `theme-${at}`, label: hostile(at + 3) })),
    cities: HOSTILE.map((_, at) => ({
      id: `city-${at}`,
      name: hostile(at),
      country: 'FR',
      lat: 48.1,
      lng: -1.7,
      relation: 'partner' as const,
    })),
    visits: HOSTILE.map((_, at) => ({
      id: `visit-${at}`,
      cityIds: [`city-${at}`],
      year: 2019,
      direction: 'incoming' as const,
      title: hostile(at + 4),
      summary: hostile(at + 5),
      participants: [{ name: hostile(at + 6), side: 'home' as const }],
      themes: [`theme-${at}`, `theme-${(at + 1) % HOSTILE.length}`],
      sourceId: `source-${at}`,
    })),
  };
  const index = buildIndex(data);
  return { index, view: filterByThemes(index, new Set()) };
}

describe('visitsToCsv opened in any spreadsheet', () => {
  const { view, index } = hostileFixture();

  it.each(['pl', 'en'] as const)('keeps the hostile text intact in %s', (language) => {
    const csv = visitsToCsv(view, index, language, columns, values, {
      delimiter: language === 'pl' ? ';' : ',',
    });
    const rows = rowsOf(csv, language === 'pl' ? ';' : ',');
    expect(rows).toHaveLength(HOSTILE.length);
    for (const row of rows) {
      const visit = index.data.visits.find((entry) => entry.id === row.visitId)!;
      expect(row.title!.replaceAll("'", '')).toBe(visit.title[language].replaceAll("'", ''));
      expect(row.summary!.replaceAll("'", '')).toBe(visit.summary[language].replaceAll("'", ''));
    }
  });

  it.each<['pl' | 'en', ',' | ';', ',' | ';', QuoteReading]>([
    ['pl', ';', ',', 'excel'],
    ['pl', ';', ',', 'toggle'],
    ['en', ',', ';', 'excel'],
    ['en', ',', ';', 'toggle'],
    ['pl', ';', ';', 'excel'],
    ['en', ',', ',', 'excel'],
  ])(
    'gives no formula cell: the %s export (%j) opened as %j, quotes read the %s way',
    (language, written, read, quotes) => {
      const csv = visitsToCsv(view, index, language, columns, values, { delimiter: written });
      const cells = readLikeASpreadsheet(csv.slice(1), read, quotes).flat();
      expect(cells.length).toBeGreaterThan(HOSTILE.length);
      expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    },
  );
});
