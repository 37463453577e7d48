import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../working-copy/draft';
import { readDraft } from './read-draft';

const published: Draft = JSON.parse(
  readFileSync(new URL('../../../e2e/fixtures/cooperation-2019.json', import.meta.url), 'utf8'),
);

/** The published file with one change made by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits raw JSON at will
function variant(edit: (draft: Record<string, any>) => void): Draft {
  const draft = structuredClone(published);
  edit(draft);
  return draft;
}

describe('readDraft', () => {
  it.each<[string, Draft, { cities: number; skipped: number; problems: boolean }]>([
    [
      'the published file as it is',
      published,
      { cities: (published.cities as unknown[]).length, skipped: 0, problems: false },
    ],
    [
      'a renamed city, shown by its new name',
      variant((draft) => (draft.cities[0].name.pl = 'Nowa nazwa')),
      { cities: (published.cities as unknown[]).length, skipped: 0, problems: false },
    ],
    [
      'a city without coordinates, left out and counted with its visit',
      variant((draft) => delete draft.cities[0].lat),
      { cities: (published.cities as unknown[]).length - 1, skipped: 2, problems: true },
    ],
    [
      'a new city with an id the contract refuses, left out and counted',
      variant((draft) => draft.cities.push({ ...draft.cities[0], id: 'Nie Id' })),
      { cities: (published.cities as unknown[]).length, skipped: 1, problems: true },
    ],
  ])('shows what the map would: %s', async (_, draft, expected) => {
    const read = await readDraft(draft);
    if (!read.ok) throw new Error(`expected a map, got: ${read.message}`);
    expect(read.loaded.data.cities).toHaveLength(expected.cities);
    expect(read.loaded.skipped).toBe(expected.skipped);
    expect(read.loaded.problems.length > 0).toBe(expected.problems);
  });

  it('keeps the changed name as typed', async () => {
    const read = await readDraft(variant((draft) => (draft.cities[1].name.pl = 'Zmieniona')));
    expect(read.ok && read.loaded.data.cities.map((city) => city.name.pl)).toContain('Zmieniona');
  });

  it.each<[string, Draft]>([
    ['a hub without coordinates', variant((draft) => delete draft.hub.lat)],
    ['cities that are not a list', variant((draft) => (draft.cities = 'Berlin'))],
  ])('says why nothing can be drawn: %s', async (_, draft) => {
    const read = await readDraft(draft);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toMatch(/umowy danych|data contract/);
    expect(read.details.length).toBeGreaterThan(0);
  });
});
