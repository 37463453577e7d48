import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/cooperation-index';
import { cooperationSchema, type Visit } from '../../data/schema';
import { filterByThemes } from '../../features/filters/filter-visits';
import { visitsToCsv } from '../../features/export/to-csv';
import { en } from '../../i18n/en';
import type { Language } from '../../i18n/languages';
import { pl } from '../../i18n/pl';
import { importVisitsCsv, type CsvImportIssue } from './import-csv';

const fileText = readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8');
const data = cooperationSchema.parse(JSON.parse(fileText));
const index = buildIndex(data);
/** The real data without its visits: what they are imported into. */
const withoutVisits = { ...(JSON.parse(fileText) as Record<string, unknown>), visits: [] };

/** The map's own export of every visit, as a visitor downloads it. */
function exported(language: Language): string {
  const t = { pl, en }[language];
  return visitsToCsv(
    filterByThemes(index, new Set()),
    index,
    language,
    t.export.columns,
    {
      direction: { incoming: t.panel.incoming, outgoing: t.panel.outgoing },
      relation: { partner: t.legend.partner, informal: t.legend.informal },
    },
    { delimiter: language === 'pl' ? ';' : ',' },
  );
}

/** What the export keeps of a visit, in one language. */
function exportedPart(visit: Visit, language: Language) {
  return {
    id: visit.id,
    cityIds: [...visit.cityIds].sort(),
    year: visit.year,
    date: visit.date,
    direction: visit.direction,
    title: { [language]: visit.title[language] },
    summary: { [language]: visit.summary[language] },
    participants: visit.participants.map((p) => ({ name: { [language]: p.name[language] } })),
    themes: visit.themes,
    sourceId: visit.sourceId,
  };
}

describe('importVisitsCsv', () => {
  it.each<Language>(['pl', 'en'])('reads back every visit of the map’s %s export', (language) => {
    const result = importVisitsCsv(exported(language), withoutVisits);
    expect(result.issues).toEqual([]);
    expect(result.language).toBe(language);
    const imported = result.visits.map((visit) => ({
      ...visit,
      cityIds: [...(visit.cityIds as string[])].sort(),
    }));
    const expected = data.visits.map((visit) => exportedPart(visit, language));
    const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      String(a.id).localeCompare(String(b.id));
    expect(JSON.parse(JSON.stringify(imported.sort(byId)))).toEqual(
      JSON.parse(JSON.stringify(expected.sort(byId))),
    );
  });

  it('writes the visits in the contract’s key order', () => {
    const [visit] = importVisitsCsv(exported('pl'), withoutVisits).visits;
    expect(Object.keys(visit!)).toEqual([
      'id',
      'cityIds',
      'year',
      ...('date' in visit! ? ['date'] : []),
      'direction',
      'title',
      'summary',
      'participants',
      'themes',
      'sourceId',
    ]);
  });

  const header =
    'Identyfikator wizyty;Rok;Kierunek;Identyfikator miasta;Tytuł wizyty;Tematy;Źródło';
  it.each<[string, string, CsvImportIssue[]]>([
    ['a quote never closed', `${header}\r\na;"2019\r\n`, [{ code: 'syntax', row: 2 }]],
    ['no known header', 'x,y\r\n1,2\r\n', [{ code: 'no-header' }]],
    [
      'a required column missing',
      'Rok;Kierunek;Identyfikator miasta;Tytuł wizyty\r\n',
      [{ code: 'missing-column', column: 'visitId' }],
    ],
    [
      'an unreadable year and direction',
      `${header}\r\nv;19;sideways;berlin;T;;\r\n`,
      [
        { code: 'year', row: 2, column: 2, value: '19' },
        { code: 'direction', row: 2, column: 3, value: 'sideways' },
      ],
    ],
    [
      'an unknown theme and source',
      `${header}\r\nv;2019;Z Poznania;berlin;T;"Sport; Kosmos";Gazeta\r\n`,
      [
        { code: 'direction', row: 2, column: 3, value: 'Z Poznania' },
        { code: 'theme', row: 2, column: 6, value: 'Kosmos' },
        { code: 'source', row: 2, column: 7, value: 'Gazeta' },
      ],
    ],
    [
      'a visit the draft already has',
      `${header}\r\nx;2019;incoming;berlin;T;;\r\n`,
      [{ code: 'visit-exists', row: 2, column: 1, value: 'x' }],
    ],
  ])('says precisely what it cannot read: %s', (_, csv, issues) => {
    const draft = { ...withoutVisits, visits: [{ id: 'x' }] };
    expect(importVisitsCsv(csv, draft).issues).toEqual(issues);
  });

  it('accepts ids and codes as well as words, and drops the formula guard', () => {
    const csv = `${header}\r\n"'=v";2019;outgoing;berlin;T;sport;report-2019\r\n`;
    const [visit] = importVisitsCsv(csv, withoutVisits).visits;
    expect(visit).toMatchObject({
      id: '=v',
      direction: 'outgoing',
      themes: ['sport'],
      sourceId: 'report-2019',
    });
  });
});
