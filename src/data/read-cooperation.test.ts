import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { generateCooperation, toJsonText } from '../../scripts/generate-data/generate';
import { DataLoadError } from './load-error';
import { readCooperation } from './read-cooperation';
import { cooperationSchema } from './schema';
import type { CheckOptions } from './validation/check-cooperation';
import { checkPrecisely } from './validation/precise-path';
import { formatProblem } from './validation/problem';
import { checkQuickly } from './validation/quick-path';

const validText = readFileSync(
  new URL('../../e2e/fixtures/cooperation-2019.json', import.meta.url),
  'utf8',
);
const encode = (text: string) => new TextEncoder().encode(text);

/** The bundled data with one change made by `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits raw JSON at will
function variant(edit: (data: Record<string, any>) => void): string {
  const data = JSON.parse(validText);
  edit(data);
  return JSON.stringify(data, null, 2);
}

async function failure(text: string): Promise<DataLoadError> {
  try {
    await readCooperation(encode(text));
  } catch (error) {
    if (error instanceof DataLoadError) return error;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('readCooperation', () => {
  it('reads the bundled data whole, with or without a byte order mark', async () => {
    for (const text of [validText, `\uFEFF${validText}`]) {
      const loaded = await readCooperation(encode(text));
      expect(loaded.data.cities).toHaveLength(22);
      expect(loaded.data.visits).toHaveLength(8);
      expect(loaded.skipped).toBe(0);
      expect(loaded.problems).toEqual([]);
      expect(loaded.wrongEncoding).toBe(false);
    }
  });

  it.each<[string, string, RegExp]>([
    ['an empty body', '', /empty/],
    ['only spaces', ' \n\t', /empty/],
    ['an HTML page', '<!doctype html><title>Not found</title>', /web page/],
    ['text cut short', validText.slice(0, 400), /not valid JSON/],
    ['an array at the top', '[]', /data contract/],
    ['null at the top', 'null', /data contract/],
    ['a missing list', variant((d) => delete d.visits), /data contract/],
    ['a list that is not a list', variant((d) => (d.cities = {})), /data contract/],
    ['a broken hub', variant((d) => (d.hub.lat = 'north')), /data contract/],
  ])('refuses a file it cannot use: %s', async (_, text, message) => {
    const error = await failure(text);
    expect(error.kind).toBe('format');
    expect(error.message).toMatch(message);
  });

  it('lists every problem of a refused file in the details', async () => {
    const error = await failure(variant((d) => (delete d.hub.name, (d.visits = 'none'))));
    expect(error.details).toEqual([
      'hub  brak wymaganego pola "name" (missing required key "name")',
      'visits  oczekiwano listy [ … ], jest tekst "none" (expected a list [ … ], found text "none")',
    ]);
  });

  it.each<[string, string, number, RegExp]>([
    [
      'an unknown key (a typo)',
      variant((d) => (d.visits[0].tittle = 'x')),
      1,
      /visits\[0\]\.tittle {2}nieznane pole "tittle"; czy chodziło o "title"\?/,
    ],
    [
      'a city with a bad relation, and its two visits',
      variant((d) => (d.cities[6].relation = 'friend')),
      3,
      /cities\[6\]\.relation/,
    ],
    [
      'a visit naming an unknown city',
      variant((d) => (d.visits[3].cityIds = ['kiev'])),
      1,
      /nieznane miasto "kiev"; czy chodziło o "kyiv" \(cities\[3\]\)\?/,
    ],
    [
      'a duplicate city id',
      variant((d) => (d.cities[1].id = d.cities[0].id)),
      2,
      /cities\[1\]\.id {2}identyfikator "berlin" jest już użyty w cities\[0\]/,
    ],
    [
      'a fractional count',
      variant((d) => (d.visits[5].participants[0].count = 2.5)),
      1,
      /oczekiwano liczby całkowitej, jest 2\.5/,
    ],
    [
      'an impossible date',
      variant((d) => (d.visits[0].date = '2019-02-29')),
      1,
      /data "2019-02-29" nie istnieje/,
    ],
  ])('keeps the valid entries and skips the bad: %s', async (_, text, skipped, message) => {
    const loaded = await readCooperation(encode(text));
    expect(loaded.skipped).toBe(skipped);
    expect(loaded.data.cities.length + loaded.data.visits.length).toBe(30 - skipped);
    expect(loaded.problems.map(formatProblem).join('\n')).toMatch(message);
  });

  it('reads a file saved in Windows-1250, and says its letters may be wrong', async () => {
    const polish = validText.indexOf('Poznań');
    const damaged = encode(
      validText.slice(0, polish) + 'Pozna\u0000' + validText.slice(polish + 6),
    );
    const at = damaged.indexOf(0);
    damaged[at] = 0xf1; // "ń" in Windows-1250, not valid UTF-8
    const loaded = await readCooperation(damaged);
    expect(loaded.wrongEncoding).toBe(true);
    expect(loaded.data.cities).toHaveLength(22);
  });

  it('says the checks could not be loaded when the precise path cannot be fetched', async () => {
    vi.resetModules();
    vi.doMock('./validation/precise-path', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    try {
      const fresh = await import('./read-cooperation');
      const broken = encode(variant((d) => (d.visits[0].tittle = 'x')));
      await expect(fresh.readCooperation(broken)).rejects.toMatchObject({
        kind: 'network',
        message: 'The data checks could not be loaded.',
      });
      // A file the quick path passes needs nothing more.
      await expect(fresh.readCooperation(encode(validText))).resolves.toMatchObject({ skipped: 0 });
    } finally {
      vi.doUnmock('./validation/precise-path');
      vi.resetModules();
    }
  });

  it('reads a file saved as UTF-16 with a byte order mark', async () => {
    const units = new Uint16Array([
      0xfeff,
      ...Array.from({ length: validText.length }, (_, i) => validText.charCodeAt(i)),
    ]);
    const loaded = await readCooperation(new Uint8Array(units.buffer));
    expect(loaded.wrongEncoding).toBe(true);
    expect(loaded.data.visits).toHaveLength(8);
  });
});

const bundled = readFileSync(new URL('../../data/cooperation.json', import.meta.url), 'utf8');
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

/** What the precise path alone makes of a file (these have no key written twice). */
function readPrecisely(text: string, options: CheckOptions = {}) {
  const { data, skipped, problems } = checkPrecisely(JSON.parse(text), options);
  return { data, skipped, problems, wrongEncoding: false };
}

describe('readCooperation: the quick path, or the precise path', () => {
  it.each([{ name: 'the bundled data', text: bundled }, ...generated])(
    'reads $name without zod, as the precise path does',
    async ({ text }) => {
      const quick = checkQuickly(JSON.parse(text), { currentYear: 2026 });
      const precise = readPrecisely(text, { currentYear: 2026 });
      expect(quick).toEqual({ valid: true, data: precise.data });
      const loaded = await readCooperation(encode(text), { currentYear: 2026 });
      expect(loaded).toEqual(precise);
      expect(loaded.skipped).toBe(0);
    },
  );

  it.each(broken)(
    'hands $name over to the precise checks, with their messages',
    async ({ edit }) => {
      const data = JSON.parse(bundled) as Raw;
      edit(data);
      const text = JSON.stringify(data);
      expect(checkQuickly(JSON.parse(text))).toEqual({ valid: false });
      const loaded = await readCooperation(encode(text));
      expect(loaded).toEqual(readPrecisely(text));
      expect(loaded.skipped).toBeGreaterThan(0);
      expect(loaded.problems.length).toBeGreaterThan(0);
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
    expect(checkQuickly(JSON.parse(text))).toEqual({ valid: false });
    const loaded = await readCooperation(encode(text));
    expect(loaded).toEqual(readPrecisely(text));
    expect(loaded.problems.length).toBeGreaterThan(0);
  });
});
