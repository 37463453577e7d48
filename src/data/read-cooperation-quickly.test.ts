import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCooperation, toJsonText } from '../../scripts/generate-data/generate';
import { readCooperation } from './read-cooperation';
import { readCooperationQuickly } from './read-cooperation-quickly';
import { cooperationSchema } from './schema';
import { quickValidateCooperation } from './validation/quick-validate';

const bundled = readFileSync(new URL('../../data/cooperation.json', import.meta.url), 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);
const base = cooperationSchema.parse(JSON.parse(bundled));

/** Generated files that follow the contract: the quick checks pass them whole. */
const generated = [
  { cities: 50, visitsPerCity: 3, years: 1, seed: 1 },
  { cities: 400, visitsPerCity: 2, years: 5, seed: 2 },
].map((options) => ({
  name: `${options.cities} generated cities`,
  text: toJsonText(generateCooperation({ base, ...options })),
}));

/** Files with mistakes: the quick checks hand over to zod, the result is the same. */
type Raw = Record<'cities' | 'visits' | 'themes', Record<string, unknown>[]>;
const broken: { name: string; edit: (data: Raw) => void }[] = [
  { name: 'a city with no country', edit: (data) => delete data.cities[0]!.country },
  { name: 'a visit with a year as text', edit: (data) => (data.visits[0]!.year = '2019') },
  { name: 'an unknown key in a theme', edit: (data) => (data.themes[0]!.colour = 'red') },
];

describe('readCooperationQuickly', () => {
  it.each([{ name: 'the bundled data', text: bundled }, ...generated])(
    'reads $name without zod, as readCooperation does',
    async ({ text }) => {
      expect(quickValidateCooperation(JSON.parse(text), { currentYear: 2026 })).not.toBeNull();
      const quick = await readCooperationQuickly(encode(text), { currentYear: 2026 });
      expect(quick).toEqual(readCooperation(encode(text), { currentYear: 2026 }));
      expect(quick.skipped).toBe(0);
    },
  );

  it.each(broken)(
    'hands $name over to the precise checks, with their messages',
    async ({ edit }) => {
      const data = JSON.parse(bundled) as Raw;
      edit(data);
      const text = JSON.stringify(data);
      expect(quickValidateCooperation(JSON.parse(text))).toBeNull();
      const quick = await readCooperationQuickly(encode(text));
      const precise = readCooperation(encode(text));
      expect(quick).toEqual(precise);
      expect(quick.skipped).toBeGreaterThan(0);
      expect(quick.problems.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['an unknown city', (data: Raw) => (data.visits[0]!.cityIds = ['atlantis'])],
    [
      'a city named twice in a visit (a warning)',
      (data: Raw) => {
        const ids = data.visits[0]!.cityIds as string[];
        data.visits[0]!.cityIds = [...ids, ids[0]!];
      },
    ],
    ['a visit from next year', (data: Raw) => (data.visits[0]!.year = 2999)],
  ])('hands %s over too: a problem of meaning needs the messages', async (_, edit) => {
    const data = JSON.parse(bundled) as Raw;
    edit(data);
    const text = JSON.stringify(data);
    expect(quickValidateCooperation(JSON.parse(text))).toBeNull();
    const quick = await readCooperationQuickly(encode(text));
    expect(quick).toEqual(readCooperation(encode(text)));
    expect(quick.problems.length).toBeGreaterThan(0);
  });
});
