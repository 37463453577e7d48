import { readFileSync } from 'node:fs';
import { inspect, isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { mulberry32, type Random } from '../../scripts/generate-data/random';
import { HTTPS_URL } from './contract-constants';
import { DEFAULT_SETTINGS, NO_TILES } from './map-settings';
import { isMapSettings, normalizeMapSettings } from './map-settings-guard';
import { mapSettingsSchema, type TileSettings } from './map-settings-schema';
import {
  isContainer,
  clone,
  edit,
  getAt,
  setAt,
  paths,
  pick,
  type Fields,
  type Path,
} from '../testing/fuzz-support';

function show(value: unknown): string {
  return inspect(value, { depth: null, breakLength: Infinity });
}

const fromFile = JSON.parse(
  readFileSync(new URL('../../data/map-settings.json', import.meta.url), 'utf8'),
) as Fields;

const SEEDS: readonly Fields[] = [
  fromFile,
  { tiles: 'none' },
  { $schema: './map-settings.schema.json', ...fromFile },
  {
    tiles: {
      url: 'https://tiles.example.org/{z}/{x}/{y}@2x.png?key=abc',
      attribution: { text: ' © Example maps ', url: 'https://example.org/copyright' },
      maxZoom: 22,
    },
  },
];

// --- The mutation fuzzer ------------------------------------------------------------------------

const URLS = [
  'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  'https://a/{z}{x}{y}',
  'https://{s}.example.org/{z}/{x}/{y}.png',
  'http://tile.openstreetmap.org/{z}/{x}/{y}.png',
  'HTTPS://tile.openstreetmap.org/{z}/{x}/{y}.png',
  'https://tile.openstreetmap.org/{z}/{x}.png',
  'https://tile.openstreetmap.org/{x}/{y}.png',
  'https://tile.openstreetmap.org/{z}/{x}/{Y}.png',
  'https://tiles.example.com/{z}/{x}/{y}.png?apikey={apikey}',
  'https://tiles.example.org/{z}/{x}/{-y}.png',
  'https://tiles.example.org/{z}/{x}/{y}{r}.png',
  'https://tiles.example.org/{z}/{x}/{y}.png?v={foo}',
  'https://tiles.example.org/{{z}}/{x}/{y}.png',
  'https://tiles.example.org/{z/{x}/{y}.png',
  'https://tiles.example.org/{z}}/{x}/{y}.png',
  'https://a b/{z}/{x}/{y}',
  'https://a/{z}/{x}/{y}\n',
  ' https://a/{z}/{x}/{y}',
  'https://a/"{z}/{x}/{y}',
  "https://a/'{z}/{x}/{y}",
  'https://a/<{z}/{x}/{y}>',
  'https://a/{z}/{x}/{y}\u00a0',
  'https://',
  'https://a',
  'https://www.openstreetmap.org/copyright',
  'javascript:alert(1)',
  '',
];

const TEXTS = [
  'OpenStreetMap',
  ' OpenStreetMap ',
  'x',
  ' x',
  'x\n',
  '\u00a0x\u00a0',
  '',
  ' ',
  '\t\n',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\u3000',
  '\u200b',
  '\ud800',
  '<b>',
];

const ZOOMS = [0, -0, 1, 2, 19, 21, 22, 23, 19.5, -1, 2 ** 53, Number.NaN, '19', 1e21];

/** Values put anywhere: near every boundary the schema draws, plus wrong types. */
const POOL: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  1,
  'none',
  'None',
  'none ',
  'x',
  '',
  [],
  {},
  ['none'],
  { text: 'x', url: 'https://a' },
  { text: 'x' },
  { text: 'x', url: 'https://a', extra: 1 },
  ...URLS,
  ...TEXTS,
  ...ZOOMS,
];

/** Near misses (and near hits) for a key. */
const NEAR: Record<string, readonly unknown[]> = {
  url: URLS,
  text: TEXTS,
  maxZoom: ZOOMS,
  tiles: ['none', 'None', 'none ', '', null, {}, []],
  $schema: ['./map-settings.schema.json', '', 1, null],
};

const KEYS = ['$schema', 'tiles', 'url', 'attribution', 'text', 'maxZoom', 'extra', '__proto__'];

function replacement(random: Random, path: Path): unknown {
  const roll = random();
  if (roll < 0.03) return undefined; // present but undefined: $schema allows it
  if (roll < 0.3) {
    const donated = getAt(pick(random, SEEDS), path);
    if (donated !== undefined) return clone(donated);
  }
  const near = NEAR[String(path[path.length - 1])];
  if (near && roll < 0.75) return clone(pick(random, near));
  return clone(pick(random, POOL));
}

const where = (path: Path) => (path.length === 0 ? '(the settings)' : path.join('.'));

/** Applies one random change to `root` (in place when it can) and says what it did in `log`. */
function mutate(root: unknown, random: Random, log: string[]): unknown {
  const all = paths(root);
  const objects = all.filter((path) => {
    const node = getAt(root, path);
    return isContainer(node) && !Array.isArray(node);
  });
  const roll = random();
  if (roll < 0.05 && objects.length > 0) {
    const path = pick(random, objects);
    log.push(`${where(path)} made an array`);
    return setAt(root, path, Object.assign([], getAt(root, path)));
  }
  if (roll < 0.5 || objects.length === 0) {
    const path = random() < 0.02 ? [] : pick(random, all);
    const value = replacement(random, path);
    log.push(`${where(path)} = ${show(value)}`);
    return setAt(root, path, value);
  }
  if (roll < 0.7) {
    const path = pick(random, objects);
    const present = Object.keys(getAt(root, path) as Fields);
    if (present.length === 0) return root;
    const key = pick(random, present);
    log.push(`delete ${where([...path, key])}`);
    return setAt(root, [...path, key], undefined, true);
  }
  const path = [...pick(random, objects), pick(random, KEYS)];
  const value = replacement(random, path);
  log.push(`${where(path)} = ${show(value)}`);
  return setAt(root, path, value);
}

const CASES = 6000;

describe('isMapSettings agrees with mapSettingsSchema', () => {
  it.each(SEEDS)('on the unchanged settings %#', (settings) => {
    expect(isMapSettings(settings)).toBe(true);
  });

  it(`on ${CASES} mutated settings`, () => {
    const random = mulberry32(20_240_602);
    const mismatches: string[] = [];
    const normalizedWrong: string[] = [];
    let valid = 0;
    let trimmed = 0;
    for (let run = 0; run < CASES; run += 1) {
      const log: string[] = [];
      let value = clone(pick(random, SEEDS));
      const count = 1 + Math.floor(random() * 3);
      for (let step = 0; step < count; step += 1) value = mutate(value, random, log);
      const result = mapSettingsSchema.safeParse(value);
      const guarded = isMapSettings(value);
      if (guarded !== result.success) {
        mismatches.push(
          `guard ${guarded}, zod ${result.success}: ${log.join('; ')}\n${show(value)}`,
        );
      }
      if (!result.success || !isMapSettings(value)) continue;
      valid += 1;
      if (!isDeepStrictEqual(result.data, value)) trimmed += 1;
      const normalized = normalizeMapSettings(value);
      if (!isDeepStrictEqual(normalized, result.data)) {
        normalizedWrong.push(`${show(normalized)} but zod gives ${show(result.data)}`);
      }
    }
    expect(mismatches.slice(0, 5), `${mismatches.length} mismatches`).toEqual([]);
    expect(normalizedWrong.slice(0, 5), `${normalizedWrong.length} differ`).toEqual([]);
    // Not vacuous: both answers, and outputs that zod changed (trimmed) among the valid ones.
    expect(valid, 'valid cases').toBeGreaterThan(CASES * 0.05);
    expect(CASES - valid, 'invalid cases').toBeGreaterThan(CASES * 0.2);
    expect(trimmed, 'valid cases with a trimmed text').toBeGreaterThan(10);
  });
});

// --- Hand-picked edge cases ---------------------------------------------------------------------

const tiles = DEFAULT_SETTINGS.tiles as TileSettings;
const tilesAt = (path: Path, value?: unknown) => edit(DEFAULT_SETTINGS, ['tiles', ...path], value);

describe('isMapSettings on hand-picked edge cases', () => {
  it.each<[string, unknown, boolean]>([
    ['the defaults', DEFAULT_SETTINGS, true],
    ['no tiles', NO_TILES, true],
    ['a $schema', { $schema: './map-settings.schema.json', tiles: 'none' }, true],
    ['a $schema undefined', { $schema: undefined, tiles: 'none' }, true],
    ['an empty $schema', { $schema: '', tiles: 'none' }, true],
    ['a $schema that is a number', { $schema: 1, tiles: 'none' }, false],
    ['no tiles key', {}, false],
    ['tiles "None"', { tiles: 'None' }, false],
    ['tiles " none"', { tiles: ' none' }, false],
    ['tiles null', { tiles: null }, false],
    ['an unknown top-level key', { tiles: 'none', tittle: 1 }, false],
    ['an own "__proto__" key', edit(NO_TILES, ['__proto__'], {}), false],
    [
      'an inherited unknown key',
      Object.assign(Object.create({ extra: 1 }) as Fields, NO_TILES),
      false,
    ],
    ['inherited tiles', Object.create(NO_TILES) as unknown, true],
    ['null', null, false],
    ['an array', [], false],
    ['"none" alone', 'none', false],
    ['an unknown tiles key', tilesAt(['subdomains'], 'abc'), false],
    ['an http:// template', tilesAt(['url'], 'http://t.example/{z}/{x}/{y}.png'), false],
    ['a template without {z}', tilesAt(['url'], 'https://t.example/{x}/{y}.png'), false],
    ['a template with a space', tilesAt(['url'], 'https://t.example/{z}/{x}/{y} .png'), false],
    ['a template with a quote', tilesAt(['url'], 'https://t.example/"{z}/{x}/{y}'), false],
    ['a template ending in a newline', tilesAt(['url'], 'https://t/{z}/{x}/{y}\n'), false],
    ['a {s} subdomain template', tilesAt(['url'], 'https://{s}.t.example/{z}/{x}/{y}.png'), true],
    ['a {-y} row template', tilesAt(['url'], 'https://t.example/{z}/{x}/{-y}.png'), true],
    [
      'an {apikey} placeholder',
      tilesAt(['url'], 'https://t.example/{z}/{x}/{y}?k={apikey}'),
      false,
    ],
    ['a {foo} placeholder', tilesAt(['url'], 'https://t.example/{foo}/{z}/{x}/{y}'), false],
    ['an unpaired brace', tilesAt(['url'], 'https://t.example/{z}/{x}/{y}}.png'), false],
    ['maxZoom 0', tilesAt(['maxZoom'], 0), false],
    ['maxZoom 1', tilesAt(['maxZoom'], 1), true],
    ['maxZoom 22', tilesAt(['maxZoom'], 22), true],
    ['maxZoom 23', tilesAt(['maxZoom'], 23), false],
    ['maxZoom 19.5', tilesAt(['maxZoom'], 19.5), false],
    ['maxZoom "19"', tilesAt(['maxZoom'], '19'), false],
    ['maxZoom NaN', tilesAt(['maxZoom'], Number.NaN), false],
    ['no maxZoom', tilesAt(['maxZoom']), false],
    ['an attribution text with spaces around', tilesAt(['attribution', 'text'], ' OSM '), true],
    ['an attribution text of spaces', tilesAt(['attribution', 'text'], '   '), false],
    ['an empty attribution text', tilesAt(['attribution', 'text'], ''), false],
    ['a no-break space attribution text', tilesAt(['attribution', 'text'], '\u00a0'), false],
    ['a byte-order-mark attribution text', tilesAt(['attribution', 'text'], '\ufeff'), false],
    ['a zero-width space attribution text', tilesAt(['attribution', 'text'], '\u200b'), true],
    ['attribution HTML (shown as text)', tilesAt(['attribution', 'text'], '<b>x</b>'), true],
    [
      'a javascript: attribution link',
      tilesAt(['attribution', 'url'], 'javascript:alert(1)'),
      false,
    ],
    ['an attribution with a key too many', tilesAt(['attribution', 'title'], 'x'), false],
    ['no attribution', tilesAt(['attribution']), false],
  ])('%s', (_, settings, expected) => {
    expect(isMapSettings(settings)).toBe(expected);
    expect(mapSettingsSchema.safeParse(settings).success).toBe(expected);
  });
});

describe('normalizeMapSettings', () => {
  it.each<[string, unknown]>([
    ['the defaults', DEFAULT_SETTINGS],
    ['no tiles', NO_TILES],
    ['a $schema', { $schema: 'x', tiles: 'none' }],
    ['a $schema undefined', { $schema: undefined, tiles: 'none' }],
    ['spaces around the attribution text', tilesAt(['attribution', 'text'], '\n OSM\u00a0 ')],
  ])('gives what zod gives for %s', (_, settings) => {
    const result = mapSettingsSchema.safeParse(settings);
    expect(result.success).toBe(true);
    expect(isMapSettings(settings)).toBe(true);
    expect(normalizeMapSettings(settings as never)).toStrictEqual(result.data);
  });

  it('trims the attribution text, as zod does', () => {
    const settings = tilesAt(['attribution', 'text'], ' OSM ') as typeof DEFAULT_SETTINGS;
    expect(normalizeMapSettings(settings).tiles).toEqual({
      ...tiles,
      attribution: { ...tiles.attribution, text: 'OSM' },
    });
  });
});

describe('the copied pattern', () => {
  it('is the one map-settings-schema.ts checks both URLs with', () => {
    interface SchemaNode {
      _zod: {
        def: {
          shape?: Record<string, SchemaNode>;
          options?: SchemaNode[];
          checks?: SchemaNode[];
          pattern?: RegExp;
        };
      };
    }
    const shape = (node: SchemaNode) => node._zod.def.shape!;
    const patterns = (node: SchemaNode) =>
      (node._zod.def.checks ?? []).flatMap((check) => check._zod.def.pattern ?? []).map(String);
    const tilesSchema = shape(mapSettingsSchema as unknown as SchemaNode).tiles!._zod.def
      .options![1]!;
    expect(patterns(shape(tilesSchema).url!)).toEqual([String(HTTPS_URL)]);
    expect(patterns(shape(shape(tilesSchema).attribution!).url!)).toEqual([String(HTTPS_URL)]);
  });
});
