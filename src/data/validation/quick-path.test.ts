import { readFileSync } from 'node:fs';
import { inspect, isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { mulberry32, type Random } from '../../../scripts/generate-data/random';
import {
  citySchema,
  hubSchema,
  localizedText,
  sourceSchema,
  themeSchema,
  visitSchema,
} from '../schema';
import {
  COUNTRY_FORMAT,
  ID_FORMAT,
  MAX_ID_LENGTH,
  TEXT_FORMAT,
  TEXT_VISIBLE,
} from '../contract-constants';
import { checkPrecisely } from './precise-path';
import { checkQuickly, isCity, isHub, isSource, isTheme, isVisit, ISO_DATE } from './quick-path';
import {
  isContainer,
  clone,
  define,
  edit,
  getAt,
  setAt,
  paths,
  pick,
  type Fields,
  type Path,
} from '../../testing/fuzz-support';

function show(value: unknown): string {
  return inspect(value, { depth: null, breakLength: Infinity });
}

const data = JSON.parse(
  readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8'),
) as { hub: Fields; sources: Fields[]; themes: Fields[]; cities: Fields[]; visits: Fields[] };

interface Kind {
  name: string;
  guard: (value: unknown) => boolean;
  schema: ZodType;
  seeds: readonly Fields[];
  /** How many mutated entries the fuzzer tries: more for the entries with more fields. */
  cases: number;
}

const KINDS: readonly Kind[] = [
  { name: 'hub', guard: isHub, schema: hubSchema, seeds: [data.hub], cases: 4000 },
  { name: 'source', guard: isSource, schema: sourceSchema, seeds: data.sources, cases: 3000 },
  { name: 'theme', guard: isTheme, schema: themeSchema, seeds: data.themes, cases: 3000 },
  { name: 'city', guard: isCity, schema: citySchema, seeds: data.cities, cases: 6000 },
  { name: 'visit', guard: isVisit, schema: visitSchema, seeds: data.visits, cases: 15000 },
];

/** Both of zod's object parsers: the generated one (the default in Node) and the jitless one. */
function zodAccepts(schema: ZodType, value: unknown): { success: boolean; data?: unknown } {
  const compiled = schema.safeParse(value);
  const jitless = schema.safeParse(value, { jitless: true });
  if (compiled.success !== jitless.success) {
    throw new Error(`zod disagrees with itself on ${show(value)}`);
  }
  return compiled;
}

// --- The mutation fuzzer ------------------------------------------------------------------------

const name = (pl: string, en: string) => ({ pl, en });

/** Values put anywhere: near every boundary the schemas draw, plus wrong types. */
const POOL: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  1,
  2,
  1.5,
  1e21,
  2 ** 53,
  2 ** 53 - 1,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  50,
  366,
  367,
  2100,
  2101,
  1944,
  1945,
  2019,
  2020,
  2019.5,
  90,
  -90,
  90.0001,
  -90.0001,
  180,
  -180,
  181,
  -180.0001,
  '',
  ' ',
  ' x',
  'x ',
  '\u00a0x',
  'x\u00a0',
  'x\n',
  '\tx',
  '\u3000x',
  '\ufeffx',
  'x\u2028',
  'x y',
  'x',
  'ä',
  '—',
  '.',
  '😀',
  '\ud800',
  '\ud800x',
  'x\udc00',
  '\u200b',
  'x\u200b',
  '\u0301',
  '2019',
  '2019-02-30',
  '2019-13-01',
  '2019-1-01',
  '2019-01-01',
  '2019-12-31',
  '2019-02-29',
  '2020-02-29',
  '2021-02-29',
  '2100-02-29',
  '2000-02-29',
  '1945-05-08',
  '2019-01-01T00:00:00Z',
  ' 2019-01-01',
  '2019-01-01\n',
  'DE',
  'de',
  'DEU',
  'D',
  'ÄB',
  'DE\n',
  'a-b',
  'a--b',
  '-a',
  'a-',
  'A',
  'a b',
  'kyiv',
  'berlin',
  'report-2019',
  'culture',
  '0',
  'partner',
  'informal',
  'formal',
  'home',
  'foreign',
  'other',
  'guest',
  'incoming',
  'outgoing',
  'both',
  [],
  [''],
  ['kyiv'],
  ['kyiv', 'berlin'],
  ['Kyiv'],
  [null],
  [1],
  {},
  { pl: 'x' },
  name('x', 'y'),
  name('Kijów', 'Kyiv'),
  { pl: 'x', en: 'y', de: 'z' },
  { pl: 'x', en: '' },
  { pl: ' x', en: 'y' },
  { name: name('x', 'y') },
  { name: name('x', 'y'), side: 'home' },
  { name: name('x', 'y'), side: 'other', count: 3 },
  [{ name: name('x', 'y') }],
  [{ name: name('x', 'y'), side: 'foreign' }],
  [{ name: name('x', 'y'), side: 'home', count: 0 }],
];

/** Declared keys of every entry kind, misspellings, and keys every object inherits. */
const KEY_POOL: readonly string[] = [
  'id',
  'name',
  'title',
  'label',
  'summary',
  'country',
  'lat',
  'lng',
  'relation',
  'partnerSince',
  'partnership',
  'signed',
  'areas',
  'url',
  'description',
  'year',
  'date',
  'direction',
  'cityIds',
  'participants',
  'places',
  'durationDays',
  'themes',
  'sourceId',
  'note',
  'side',
  'count',
  'pl',
  'en',
  'de',
  '$schema',
  'extra',
  'Id',
  'id ',
  '',
  '0',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

const TEXTS = ['x', 'ä', '—', '😀', '', ' ', ' x', 'x ', '\u00a0x', 'x\n', '\u200b', '\ud800', 1];
const IDS = [
  'kyiv',
  'a-b',
  'a--b',
  '-a',
  'a-',
  'A',
  'a b',
  '0',
  'ä',
  '',
  1,
  'a'.repeat(MAX_ID_LENGTH),
  'a'.repeat(MAX_ID_LENGTH + 1),
  `${'a-'.repeat(MAX_ID_LENGTH / 2)}a`,
  'A'.repeat(MAX_ID_LENGTH + 1),
];
const YEARS = [1944, 1945, 2019, 2020, 2100, 2101, 2019.5, '2019', 0, -0, 2 ** 53];
const COUNTS = [0, -0, 1, 2, 365, 366, 367, 1.5, -1, 2 ** 53 - 1, 2 ** 53, 1e21, '2'];

/** Near misses (and near hits) for a key: the fuzzer's best chance at each boundary. */
const NEAR: Record<string, readonly unknown[]> = {
  pl: TEXTS,
  en: TEXTS,
  'pl[]': TEXTS,
  'en[]': TEXTS,
  id: IDS,
  sourceId: IDS,
  'cityIds[]': IDS,
  'themes[]': IDS,
  country: ['DE', 'PL', 'de', 'DEU', 'D', 'ÄB', 'DE\n', ''],
  lat: [0, -0, 90, -90, 90.0001, -90.0001, 52.4, 1.5, '52.4', Number.NaN, Number.POSITIVE_INFINITY],
  lng: [0, -0, 180, -180, 181, -180.0001, 16.9, '16.9', Number.NaN, Number.NEGATIVE_INFINITY],
  year: YEARS,
  partnerSince: YEARS,
  count: COUNTS,
  durationDays: COUNTS,
  date: [
    '2019-01-01',
    '2019-12-31',
    '2020-01-01',
    '2018-12-31',
    '2019-02-29',
    '2020-02-29',
    '2019-02-30',
    '2019-04-31',
    '2019-13-01',
    '2019-1-01',
    '2019-01-01T00:00:00Z',
    '2100-02-29',
    '2000-02-29',
    20190101,
  ],
  signed: ['1992-10-22', '1992-02-30', '1992', '1992-10-22T00:00:00Z', 19921022],
  url: [
    'https://www.poznan.pl/',
    'http://www.poznan.pl/',
    'https://',
    'https://x y',
    'https://x"',
    'https://x<',
    'HTTPS://x',
    '',
    1,
  ],
  areas: [
    { pl: ['x'], en: ['y'] },
    { pl: ['x', 'z'], en: ['y'] },
    { pl: [], en: [] },
    { pl: ['x'] },
    { pl: [''], en: ['y'] },
    ['x'],
  ],
  partnership: [{}, { signed: '1992-10-22' }, { url: 'http://x' }, { since: 1992 }, null],
  relation: ['partner', 'informal', 'Partner', 'formal'],
  direction: ['incoming', 'outgoing', 'both'],
  side: ['home', 'foreign', 'other', 'guest'],
  cityIds: [[], ['kyiv'], ['kyiv', 'berlin'], [''], ['Kyiv']],
};

/** The key a path ends at; array items answer to "<array>[]". */
function keyOf(path: Path): string {
  const last = path[path.length - 1];
  return typeof last === 'number' ? `${String(path[path.length - 2])}[]` : String(last);
}

/** A value a valid donor entry has at the same path, a near miss for the key, or a pool value. */
function replacement(random: Random, donors: readonly unknown[], path: Path): unknown {
  const roll = random();
  if (roll < 0.03) return undefined; // present but undefined: optional keys allow it
  if (roll < 0.06) return null;
  if (roll < 0.3) {
    const donated = getAt(pick(random, donors), path);
    if (donated !== undefined) return clone(donated);
  }
  const near = NEAR[keyOf(path)];
  if (near && roll < 0.75) return clone(pick(random, near));
  return clone(pick(random, POOL));
}

interface Donors {
  /** Valid entries of the same kind. */
  seeds: readonly unknown[];
  /** The keys the entry's schema declares. */
  keys: readonly string[];
}

const where = (path: Path) => (path.length === 0 ? '(the entry)' : path.join('.'));

/** Applies one random change to `root` (in place when it can) and says what it did in `log`. */
function mutate(root: unknown, random: Random, { seeds, keys }: Donors, log: string[]): unknown {
  const all = paths(root);
  const objects = all.filter((path) => {
    const node = getAt(root, path);
    return isContainer(node) && !Array.isArray(node);
  });
  const arrays = all.filter((path) => Array.isArray(getAt(root, path)));
  const put = (path: Path, value: unknown) => {
    log.push(`${where(path)} = ${show(value)}`);
    return setAt(root, path, value);
  };
  const roll = random();
  if (roll < 0.05) {
    // Both coordinates at once: the null-island refine needs two changes together.
    if (getAt(root, ['lat']) === undefined) return root;
    put(['lat'], pick(random, [0, -0, 1]));
    return put(['lng'], pick(random, [0, -0, 1]));
  }
  if (roll < 0.08 && objects.length > 0) {
    // An array holding an object's keys: typeof 'object' too, but zod wants no array.
    const path = pick(random, objects);
    log.push(`${where(path)} made an array`);
    return setAt(root, path, Object.assign([], getAt(root, path)));
  }
  if (roll < 0.4 || objects.length === 0) {
    // Replace a value anywhere (the whole entry, rarely).
    const path = random() < 0.02 ? [] : pick(random, all);
    return put(path, replacement(random, seeds, path));
  }
  if (roll < 0.55) {
    const path = pick(random, objects);
    const present = Object.keys(getAt(root, path) as Fields);
    if (present.length === 0) return root;
    const key = pick(random, present);
    log.push(`delete ${where([...path, key])}`);
    return setAt(root, [...path, key], undefined, true);
  }
  if (roll < 0.75) {
    // Add a key: often one the entry declares (an optional one it lacked), else any key anywhere.
    const path =
      random() < 0.5 ? [pick(random, keys)] : [...pick(random, objects), pick(random, KEY_POOL)];
    return put(path, replacement(random, seeds, path));
  }
  if (arrays.length === 0) return root;
  const path = pick(random, arrays);
  const list = getAt(root, path) as unknown[];
  const op = random();
  const index = Math.floor(random() * list.length);
  if (list.length > 0 && op < 0.2) {
    log.push(`${where(path)}: remove [${index}]`);
    list.splice(index, 1);
  } else if (list.length > 0 && op < 0.4) {
    log.push(`${where(path)}: repeat [${index}]`);
    list.push(clone(list[index]));
  } else if (op < 0.6) {
    return put([...path, list.length], clone(pick(random, POOL)));
  } else if (op < 0.7) {
    log.push(`${where(path)}: empty`);
    list.length = 0;
  } else if (op < 0.8) {
    log.push(`${where(path)}: a hole at the end`);
    list.length += 1;
  } else if (list.length > 0 && op < 0.9) {
    log.push(`${where(path)}: a hole at [${index}]`);
    delete list[index];
  } else if (list.length > 0) {
    return put([...path, index], clone(pick(random, POOL)));
  }
  return root;
}

describe('shape guards agree with the zod schemas', () => {
  it.each(KINDS)('on every unchanged $name in data/cooperation.json', ({ guard, seeds }) => {
    for (const seed of seeds) expect(guard(seed)).toBe(true);
  });

  it.each(KINDS)(
    'on $cases mutated $name entries',
    ({ name: kind, guard, schema, seeds, cases }) => {
      const donors = { seeds, keys: Object.keys((schema as unknown as { shape: Fields }).shape) };
      const random = mulberry32(20_240_601 + KINDS.findIndex((entry) => entry.name === kind));
      const mismatches: string[] = [];
      const changedOutput: string[] = [];
      let valid = 0;
      for (let run = 0; run < cases; run += 1) {
        const seed = pick(random, seeds);
        const log = [`${kind} ${String(seed.id ?? '')}`];
        let value = clone(seed);
        const count = 1 + Math.floor(random() * 3);
        for (let step = 0; step < count; step += 1) value = mutate(value, random, donors, log);
        const result = zodAccepts(schema, value);
        const guarded = guard(value);
        if (result.success) valid += 1;
        if (guarded !== result.success) {
          mismatches.push(
            `guard ${guarded}, zod ${result.success}: ${log.join('; ')}\n${show(value)}`,
          );
        }
        if (result.success && !isDeepStrictEqual(result.data, value)) {
          changedOutput.push(`${log.join('; ')}\n${show(value)}`);
        }
      }
      expect(mismatches.slice(0, 5), `${mismatches.length} mismatches`).toEqual([]);
      // No transforms in these schemas: what the guard accepts is what zod would return.
      expect(changedOutput.slice(0, 5), `${changedOutput.length} changed`).toEqual([]);
      // Not vacuous: the fuzzer reaches both sides of every guard.
      expect(valid, 'valid cases').toBeGreaterThan(cases * 0.05);
      expect(cases - valid, 'invalid cases').toBeGreaterThan(cases * 0.2);
    },
  );
});

// --- Hand-picked edge cases ---------------------------------------------------------------------

const hub = data.hub;
const source = data.sources.find((entry) => entry.year !== undefined)!;
const theme = data.themes[0]!;
const city = data.cities.find((entry) => entry.relation === 'partner')!;
const visit = data.visits[0]!;

/** [<hole>, item]: JSON.parse never makes one, but zod reads the hole as undefined. */
function sparse(item: unknown): unknown[] {
  const list: unknown[] = [];
  list[1] = item;
  return list;
}

function withProto(proto: object, fields: Fields): Fields {
  return Object.assign(Object.create(proto) as Fields, fields);
}

function withHidden(base: Fields, key: string | symbol): Fields {
  const copy = clone(base) as Fields;
  Object.defineProperty(copy, key, { value: 1, enumerable: false });
  return copy;
}

function withSymbol(base: Fields): Fields {
  return { ...(clone(base) as Fields), [Symbol('extra')]: 1 };
}

const TEXT_CASES: readonly [string, unknown, boolean][] = [
  ['a letter', 'ä', true],
  ['a dash alone (punctuation)', '—', true],
  ['an emoji (a symbol, two code units)', '😀', true],
  ['inner spaces', 'x y', true],
  ['empty', '', false],
  ['a space', ' ', false],
  ['a leading space', ' x', false],
  ['a trailing space', 'x ', false],
  ['a leading no-break space', '\u00a0x', false],
  ['a trailing newline', 'x\n', false],
  ['a leading byte order mark', '\ufeffx', false],
  ['a zero-width space alone (not visible)', '\u200b', false],
  ['a combining mark alone (not visible)', '\u0301', false],
  ['a lone surrogate', '\ud800', false],
  ['a number', 1, false],
];

const EDGE_CASES: Record<string, readonly [string, unknown, boolean][]> = {
  hub: [
    ['the real hub', hub, true],
    ['null', null, false],
    ['an array', [], false],
    ['a string', 'poznan', false],
    ['null island', edit(edit(hub, ['lat'], 0), ['lng'], 0), false],
    ['null island with -0', edit(edit(hub, ['lat'], -0), ['lng'], -0), false],
    ['on the equator only', edit(edit(hub, ['lat'], 0), ['lng'], 1), true],
    ['latitude 90', edit(hub, ['lat'], 90), true],
    ['latitude 90.0001', edit(hub, ['lat'], 90.0001), false],
    ['longitude -180', edit(hub, ['lng'], -180), true],
    ['longitude 181', edit(hub, ['lng'], 181), false],
    ['latitude NaN', edit(hub, ['lat'], Number.NaN), false],
    ['longitude Infinity', edit(hub, ['lng'], Number.POSITIVE_INFINITY), false],
    ['latitude as a string', edit(hub, ['lat'], '52.4'), false],
    ['no latitude', edit(hub, ['lat']), false],
    ['country "de"', edit(hub, ['country'], 'de'), false],
    ['country "DEU"', edit(hub, ['country'], 'DEU'), false],
    ['id "a-b"', edit(hub, ['id'], 'a-b'), true],
    ['id "a--b"', edit(hub, ['id'], 'a--b'), false],
    ['id "-a"', edit(hub, ['id'], '-a'), false],
    ['id "Kyiv"', edit(hub, ['id'], 'Kyiv'), false],
    [`id of ${MAX_ID_LENGTH} letters`, edit(hub, ['id'], 'a'.repeat(MAX_ID_LENGTH)), true],
    [`id of ${MAX_ID_LENGTH + 1} letters`, edit(hub, ['id'], 'a'.repeat(MAX_ID_LENGTH + 1)), false],
    ['a name without en', edit(hub, ['name', 'en']), false],
    ['a name with de', edit(hub, ['name', 'de'], 'z'), false],
    ['an unknown key', edit(hub, ['extra'], 1), false],
    ['an unknown key set to undefined', { ...hub, extra: undefined }, false],
    ['an own "__proto__" key (as JSON.parse makes)', edit(hub, ['__proto__'], {}), false],
    ['an inherited latitude', withProto({ lat: hub.lat }, edit(hub, ['lat']) as Fields), true],
    ['an inherited unknown key', withProto({ extra: 1 }, hub), false],
    ['a non-enumerable unknown key', withHidden(hub, 'extra'), true],
    ['a symbol key', withSymbol(hub), true],
    ['a null-prototype object', Object.assign(Object.create(null) as Fields, hub), true],
    ['the whole hub as an array with its keys', Object.assign([], hub), false],
    ['a name as an array with pl and en', edit(hub, ['name'], Object.assign([], hub.name)), false],
    ...TEXT_CASES.map(([label, text, ok]): [string, unknown, boolean] => [
      `name.pl: ${label}`,
      edit(hub, ['name', 'pl'], text),
      ok,
    ]),
  ],
  source: [
    ['the real source', source, true],
    ['no year', edit(source, ['year']), true],
    ['year undefined', { ...source, year: undefined }, true],
    ['year 1944', edit(source, ['year'], 1944), false],
    ['year 1945', edit(source, ['year'], 1945), true],
    ['year 2100', edit(source, ['year'], 2100), true],
    ['year 2101', edit(source, ['year'], 2101), false],
    ['year 2019.5', edit(source, ['year'], 2019.5), false],
    ['year "2019"', edit(source, ['year'], '2019'), false],
    ['year null', edit(source, ['year'], null), false],
    ['no title', edit(source, ['title']), false],
    ['a theme’s label key', edit(source, ['label'], theme.label), false],
  ],
  theme: [
    ['the real theme', theme, true],
    ['no label', edit(theme, ['label']), false],
    ['no id', edit(theme, ['id']), false],
    ['an empty id', edit(theme, ['id'], ''), false],
    ['an unknown key', edit(theme, ['extra'], 'x'), false],
    ['an own "constructor" key', edit(theme, ['constructor'], 1), false],
    ['a label of three languages', edit(theme, ['label', 'de'], 'z'), false],
  ],
  city: [
    ['the real partner city', city, true],
    ['relation "informal"', edit(city, ['relation'], 'informal'), true],
    ['relation "formal"', edit(city, ['relation'], 'formal'), false],
    ['no relation', edit(city, ['relation']), false],
    ['no partnerSince', edit(city, ['partnerSince']), true],
    ['partnerSince 2101', edit(city, ['partnerSince'], 2101), false],
    ['partnerSince 1945', edit(city, ['partnerSince'], 1945), true],
    ['a description', edit(city, ['description'], name('Powiat', 'County')), true],
    ['a description undefined', { ...city, description: undefined }, true],
    ['a description in Polish only', edit(city, ['description'], { pl: 'x' }), false],
    ['null island', edit(edit(city, ['lat'], 0), ['lng'], -0), false],
    ['longitude 180', edit(city, ['lng'], 180), true],
  ],
  visit: [
    ['the real visit', visit, true],
    ['no cityIds', edit(visit, ['cityIds']), false],
    ['no cities', edit(visit, ['cityIds'], []), false],
    ['an empty city id', edit(visit, ['cityIds'], ['']), false],
    ['a sparse cityIds', edit(visit, ['cityIds'], sparse('kyiv')), false],
    [
      'cityIds with a named property',
      edit(visit, ['cityIds'], Object.assign(['kyiv'], { x: 1 })),
      true,
    ],
    ['cityIds as an object', edit(visit, ['cityIds'], { 0: 'kyiv', length: 1 }), false],
    ['no themes', edit(visit, ['themes'], []), true],
    ['a date in the year', edit(visit, ['date'], '2019-06-30'), true],
    ['a date undefined', { ...visit, date: undefined }, true],
    ['a date in another year', edit(visit, ['date'], '2020-06-30'), false],
    [
      '29 February 2020, year 2020',
      edit(edit(visit, ['year'], 2020), ['date'], '2020-02-29'),
      true,
    ],
    ['29 February 2019', edit(visit, ['date'], '2019-02-29'), false],
    ['29 February 2100', edit(edit(visit, ['year'], 2100), ['date'], '2100-02-29'), false],
    ['29 February 2000', edit(edit(visit, ['year'], 2000), ['date'], '2000-02-29'), true],
    ['30 February', edit(visit, ['date'], '2019-02-30'), false],
    ['month 13', edit(visit, ['date'], '2019-13-01'), false],
    ['a one-digit month', edit(visit, ['date'], '2019-1-01'), false],
    ['a date and time', edit(visit, ['date'], '2019-01-01T00:00:00Z'), false],
    ['year 2101 with its date', edit(edit(visit, ['year'], 2101), ['date'], '2101-01-01'), false],
    ['direction "incoming"', edit(visit, ['direction'], 'incoming'), true],
    ['direction "both"', edit(visit, ['direction'], 'both'), false],
    ['durationDays 366', edit(visit, ['durationDays'], 366), true],
    ['durationDays 367', edit(visit, ['durationDays'], 367), false],
    ['durationDays 0', edit(visit, ['durationDays'], 0), false],
    ['durationDays 1.5', edit(visit, ['durationDays'], 1.5), false],
    ['no participants', edit(visit, ['participants'], []), true],
    ['a participant count 2^53 - 1', edit(visit, ['participants', 0, 'count'], 2 ** 53 - 1), true],
    ['a participant count 2^53', edit(visit, ['participants', 0, 'count'], 2 ** 53), false],
    ['a participant count 1e21', edit(visit, ['participants', 0, 'count'], 1e21), false],
    ['a participant count 0', edit(visit, ['participants', 0, 'count'], 0), false],
    ['a participant side "guest"', edit(visit, ['participants', 0, 'side'], 'guest'), false],
    ['no places', edit(visit, ['places'], []), true],
    ['a place', edit(visit, ['places'], [{ name: name('x', 'y') }]), true],
    [
      'a place with a key too many',
      edit(visit, ['places'], [{ name: name('x', 'y'), x: 1 }]),
      false,
    ],
    ['sourceId "Report"', edit(visit, ['sourceId'], 'Report'), false],
    ['no note', edit(visit, ['note']), true],
  ],
};

const GUARDS: Record<string, Kind> = Object.fromEntries(KINDS.map((kind) => [kind.name, kind]));

describe('shape guards on hand-picked edge cases', () => {
  for (const [kind, cases] of Object.entries(EDGE_CASES)) {
    const { guard, schema } = GUARDS[kind]!;
    it.each(cases)(`${kind}: %s`, (_, value, expected) => {
      expect(guard(value)).toBe(expected);
      expect(zodAccepts(schema, value).success).toBe(expected);
    });
  }
});

// --- The copied patterns and keys ----------------------------------------------------------------

interface SchemaNode {
  _zod: { def: { checks?: SchemaNode[]; pattern?: RegExp; innerType?: SchemaNode } };
}

/** The regex checks of a string schema, in order (and its own format pattern, if any). */
function patternsOf(schema: unknown): string[] {
  const { def } = (schema as SchemaNode)._zod;
  const own = def.pattern ? [def.pattern] : [];
  const checks = (def.checks ?? []).flatMap((check) => check._zod.def.pattern ?? []);
  return [...own, ...checks].map(String);
}

describe('shape guards copy the schema exactly', () => {
  it('uses the same regexes as schema.ts and zod', () => {
    expect(patternsOf(localizedText.shape.pl)).toEqual([String(TEXT_FORMAT), String(TEXT_VISIBLE)]);
    expect(patternsOf(themeSchema.shape.id)).toEqual([String(ID_FORMAT)]);
    expect(patternsOf(hubSchema.shape.country)).toEqual([String(COUNTRY_FORMAT)]);
    expect(patternsOf(visitSchema.shape.date.unwrap())).toContain(String(ISO_DATE));
  });
});

// --- The hand-written checks against the copied patterns -----------------------------------------

/** Every string of `length` characters from `alphabet`. */
function* strings(alphabet: readonly string[], length: number): Generator<string> {
  if (length === 0) {
    yield '';
    return;
  }
  for (const head of alphabet) for (const tail of strings(alphabet, length - 1)) yield head + tail;
}

/** Every string of up to `maxLength` characters from `alphabet`. */
function* shortStrings(alphabet: readonly string[], maxLength: number): Generator<string> {
  for (let length = 0; length <= maxLength; length += 1) yield* strings(alphabet, length);
}

const everyCodeUnit = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));

describe('the hand-written checks match the patterns they stand for', () => {
  const isTextPattern = (text: string) => TEXT_FORMAT.test(text) && TEXT_VISIBLE.test(text);
  const textAccepted = (text: string) =>
    isTheme({ id: 'a', label: { pl: text, en: 'x' } }) &&
    isTheme({ id: 'a', label: { pl: 'x', en: text } });

  function disagreements(
    texts: Iterable<string>,
    guard: (text: string) => boolean,
    pattern: (text: string) => boolean,
  ) {
    const wrong: string[] = [];
    for (const text of texts) {
      if (guard(text) !== pattern(text))
        wrong.push(`${JSON.stringify(text)}: guard ${guard(text)}`);
    }
    return wrong.slice(0, 10);
  }

  it('text: every code unit alone, twice, and at either end of a letter', () => {
    const texts = everyCodeUnit.flatMap((unit) => [unit, unit + unit, `${unit}x`, `x${unit}`]);
    expect(disagreements(texts, textAccepted, isTextPattern)).toEqual([]);
  });

  it('text: every short string of spaces, marks, surrogates and letters', () => {
    const alphabet = [' ', '\u00a0', '\n', '\u200b', '\u0301', '\ud83d', '\ude00', 'x', 'ä', '.'];
    expect(disagreements(shortStrings(alphabet, 4), textAccepted, isTextPattern)).toEqual([]);
  });

  it('id: every code unit alone, and every short string near the allowed ranges', () => {
    const idAccepted = (id: string) => isTheme({ id, label: { pl: 'x', en: 'x' } });
    const idPattern = (id: string) => id.length <= MAX_ID_LENGTH && ID_FORMAT.test(id);
    const alphabet = ['a', 'z', '0', '9', '-', '`', '{', '/', ':', 'A', '_', ' ', '\n', 'ä'];
    expect(disagreements(everyCodeUnit, idAccepted, idPattern)).toEqual([]);
    expect(disagreements(shortStrings(alphabet, 4), idAccepted, idPattern)).toEqual([]);
    const lengths = [MAX_ID_LENGTH - 1, MAX_ID_LENGTH, MAX_ID_LENGTH + 1, 5000];
    const long = lengths.flatMap((length) =>
      ['a', '0', '-', 'a-'].map((unit) => unit.repeat(length)),
    );
    expect(disagreements(long, idAccepted, idPattern)).toEqual([]);
  });

  it('country: every code unit beside a letter, and every short string near A-Z', () => {
    const countryAccepted = (country: string) => isHub({ ...hub, country });
    const countryPattern = (country: string) => COUNTRY_FORMAT.test(country);
    const texts = everyCodeUnit.flatMap((unit) => [unit, `${unit}A`, `A${unit}`]);
    const alphabet = ['A', 'Z', '@', '[', 'a', 'z', 'Á', '0', '\n'];
    expect(disagreements(texts, countryAccepted, countryPattern)).toEqual([]);
    expect(disagreements(shortStrings(alphabet, 3), countryAccepted, countryPattern)).toEqual([]);
  });
});

// --- The quick path's verdict --------------------------------------------------------------------

describe('checkQuickly', () => {
  type Edit = (file: typeof data) => unknown;
  /** The bundled data, edited in place by `edit`, or what `edit` returns instead of it. */
  const withEdit = (edit: Edit) => {
    const file = clone(data) as typeof data;
    const replaced = edit(file);
    return replaced === undefined ? file : replaced;
  };

  it('passes the bundled data whole, as the precise path reads it', () => {
    const precise = checkPrecisely(clone(data), { currentYear: 2026 });
    expect(precise.problems).toEqual([]);
    expect(checkQuickly(clone(data), { currentYear: 2026 })).toEqual({
      valid: true,
      data: precise.data,
    });
  });

  it.each<[string, Edit]>([
    ['null at the top', () => null],
    ['no visits list', (file) => void delete (file as Partial<typeof data>).visits],
    ['a broken hub', (file) => void (file.hub.lat = 'north')],
    ['an unknown top-level key (nothing left out)', (file) => void define(file, 'visit', [])],
    ['a city off the contract', (file) => void delete file.cities[0]!.country],
    ['a duplicate city id', (file) => void (file.cities[1]!.id = file.cities[0]!.id)],
    ['a visit naming an unknown city', (file) => void (file.visits[0]!.cityIds = ['atlantis'])],
    ['a year in the future (only a warning)', (file) => void (file.visits[0]!.year = 2099)],
    ['a city in no country box (only a warning)', (file) => void (file.cities[0]!.lat = -80)],
  ])('finds the file not valid, without saying why: %s', (_, edit) => {
    const json = withEdit(edit);
    expect(checkQuickly(json, { currentYear: 2026 })).toEqual({ valid: false });
    const precise = checkPrecisely(json, { currentYear: 2026 });
    expect(precise.problems.length).toBeGreaterThan(0);
  });
});
