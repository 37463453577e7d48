import { describe, expect, it } from 'vitest';
import {
  findReferences,
  removeReferences,
  renameReferences,
  type ReferencedKind,
} from './references';

const title = (name: string) => ({ pl: `${name} pl`, en: `${name} en` });

function sampleDraft(): Record<string, unknown> {
  return {
    hub: { id: 'poznan' },
    cities: [{ id: 'berlin' }, { id: 'rennes' }],
    themes: [{ id: 'sport' }, { id: 'culture' }],
    sources: [{ id: 'report' }, { id: 'list' }],
    visits: [
      {
        id: 'v1',
        cityIds: ['berlin', 'rennes'],
        themes: ['sport'],
        sourceId: 'report',
        title: title('One'),
      },
      {
        id: 'v2',
        cityIds: ['berlin'],
        themes: ['sport', 'culture'],
        sourceId: 'list',
        title: title('Two'),
      },
      { id: 'v3', cityIds: ['rennes'], themes: [], sourceId: 'report' },
    ],
  };
}

describe('findReferences', () => {
  it.each<[ReferencedKind, string, (string | number)[][]]>([
    [
      'city',
      'berlin',
      [
        ['visits', 0, 'cityIds', 0],
        ['visits', 1, 'cityIds', 0],
      ],
    ],
    [
      'city',
      'rennes',
      [
        ['visits', 0, 'cityIds', 1],
        ['visits', 2, 'cityIds', 0],
      ],
    ],
    ['city', 'kyiv', []],
    ['theme', 'culture', [['visits', 1, 'themes', 1]]],
    [
      'theme',
      'sport',
      [
        ['visits', 0, 'themes', 0],
        ['visits', 1, 'themes', 0],
      ],
    ],
    [
      'source',
      'report',
      [
        ['visits', 0, 'sourceId'],
        ['visits', 2, 'sourceId'],
      ],
    ],
    ['source', 'none', []],
  ])('%s %j is named at %j', (kind, id, paths) => {
    expect(findReferences(sampleDraft(), kind, id).map((reference) => reference.path)).toEqual(
      paths,
    );
  });

  it('gives the visit id and its title, or no title when it has none', () => {
    const [first, second] = findReferences(sampleDraft(), 'source', 'report');
    expect(first).toMatchObject({ visitIndex: 0, visitId: 'v1', title: title('One') });
    expect(second).toMatchObject({ visitIndex: 2, visitId: 'v3', title: undefined });
  });

  it('reads a broken draft without throwing', () => {
    expect(findReferences({ visits: 'nope' }, 'city', 'x')).toEqual([]);
    expect(findReferences({ visits: [null, { cityIds: 'x' }] }, 'city', 'x')).toEqual([]);
  });
});

describe('removeReferences', () => {
  it.each<[ReferencedKind, string, unknown[], string[]]>([
    ['city', 'berlin', [['rennes'], [], ['rennes']].map((cityIds) => ({ cityIds })), ['v2']],
    ['theme', 'sport', [{ themes: [] }, { themes: ['culture'] }, { themes: [] }], []],
    [
      'source',
      'report',
      [{ sourceId: undefined }, { sourceId: 'list' }, { sourceId: undefined }],
      ['v1', 'v3'],
    ],
  ])('%s %j: visits become %j, incomplete %j', (kind, id, expectedVisits, incomplete) => {
    const draft = sampleDraft();
    const result = removeReferences(draft, kind, id);
    const visits = result.draft.visits as Record<string, unknown>[];
    expectedVisits.forEach((expected, index) => {
      for (const [key, value] of Object.entries(expected as object)) {
        if (value === undefined) expect(visits[index]).not.toHaveProperty(key);
        else expect(visits[index]?.[key]).toEqual(value);
      }
    });
    expect(result.leftIncomplete.map((reference) => reference.visitId)).toEqual(incomplete);
    expect(findReferences(result.draft, kind, id)).toEqual([]);
  });

  it('leaves the draft it was given untouched and keeps unchanged visits as they were', () => {
    const draft = sampleDraft();
    const before = JSON.stringify(draft);
    const result = removeReferences(draft, 'city', 'berlin');
    expect(JSON.stringify(draft)).toBe(before);
    const visits = result.draft.visits as unknown[];
    expect(visits[2]).toBe((draft.visits as unknown[])[2]);
  });

  it('keeps the key order of a changed visit', () => {
    const result = removeReferences(sampleDraft(), 'city', 'berlin');
    expect(Object.keys((result.draft.visits as object[])[0]!)).toEqual([
      'id',
      'cityIds',
      'themes',
      'sourceId',
      'title',
    ]);
  });
});

describe('renameReferences', () => {
  it.each<[ReferencedKind, string, string, (string | number)[][]]>([
    [
      'city',
      'berlin',
      'berlin-de',
      [
        ['visits', 0, 'cityIds', 0],
        ['visits', 1, 'cityIds', 0],
      ],
    ],
    [
      'theme',
      'sport',
      'sports',
      [
        ['visits', 0, 'themes', 0],
        ['visits', 1, 'themes', 0],
      ],
    ],
    [
      'source',
      'report',
      'report-2019',
      [
        ['visits', 0, 'sourceId'],
        ['visits', 2, 'sourceId'],
      ],
    ],
  ])('%s %j → %j keeps every reference where it was', (kind, from, to, paths) => {
    const draft = sampleDraft();
    const renamed = renameReferences(draft, kind, from, to);
    expect(findReferences(renamed, kind, from)).toEqual([]);
    expect(findReferences(renamed, kind, to).map((reference) => reference.path)).toEqual(paths);
    expect(findReferences(draft, kind, from).map((reference) => reference.path)).toEqual(paths);
  });

  it('leaves other references and visits alone', () => {
    const draft = sampleDraft();
    const renamed = renameReferences(draft, 'city', 'berlin', 'x');
    const visits = renamed.visits as Record<string, unknown>[];
    expect(visits[0]!.cityIds).toEqual(['x', 'rennes']);
    expect(visits[2]).toBe((draft.visits as unknown[])[2]);
    expect(renameReferences({ visits: 'x' }, 'city', 'a', 'b')).toEqual({ visits: 'x' });
  });
});
