import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cooperationSchema, type Cooperation } from '../../src/data/schema.ts';
import { ANCHOR_JITTER, ANCHORS } from './anchors.ts';
import {
  generateCooperation,
  LAST_YEAR,
  MAX_YEARS,
  toJsonText,
  type GenerateOptions,
} from './generate.ts';

const base = cooperationSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/cooperation.json', import.meta.url), 'utf8')),
);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function generate(options: Partial<Omit<GenerateOptions, 'base'>> = {}): Cooperation {
  return generateCooperation({ base, cities: 20, visitsPerCity: 2, years: 3, seed: 1, ...options });
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('generateCooperation determinism', () => {
  it('gives byte-identical output for the same seed', () => {
    expect(toJsonText(generate({ seed: 42 }))).toBe(toJsonText(generate({ seed: 42 })));
  });

  it.each([
    [1, 2],
    [0, 0xffffffff],
  ])('gives different output for seeds %i and %i', (a, b) => {
    expect(toJsonText(generate({ seed: a }))).not.toBe(toJsonText(generate({ seed: b })));
  });

  it('writes pretty JSON with $schema first and a final newline', () => {
    const text = toJsonText(generate());
    expect(text.startsWith('{\n  "$schema": "./cooperation.schema.json",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe.each([
  { cities: 1, visitsPerCity: 1, years: 1, seed: 0 },
  { cities: 5, visitsPerCity: 2, years: 3, seed: 7 },
  { cities: 300, visitsPerCity: 3, years: 10, seed: 123 },
  { cities: 50, visitsPerCity: 1, years: MAX_YEARS, seed: 99 },
])('generateCooperation(%o)', (options) => {
  const data = generate(options);
  const firstYear = LAST_YEAR - options.years + 1;
  const cityIds = new Set(data.cities.map((city) => city.id));
  const themeIds = new Set(data.themes.map((theme) => theme.id));
  const sourceIds = new Set(data.sources.map((source) => source.id));

  it('passes the schema', () => {
    const result = cooperationSchema.safeParse(data);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('copies hub and themes and keeps the real sources', () => {
    expect(data.hub).toEqual(base.hub);
    expect(data.themes).toEqual(base.themes);
    expect(data.sources.slice(0, base.sources.length)).toEqual(base.sources);
  });

  it('has N cities and N×M visits', () => {
    expect(data.cities).toHaveLength(options.cities);
    expect(data.visits).toHaveLength(options.cities * options.visitsPerCity);
  });

  it('uses unique slug ids in every list', () => {
    for (const list of [data.sources, data.themes, data.cities, data.visits]) {
      const ids = list.map((entry) => entry.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(SLUG);
    }
  });

  it('has only non-empty, trimmed texts', () => {
    for (const text of strings(data)) {
      expect(text.trim()).toBe(text);
      expect(text).not.toBe('');
    }
  });

  it('places every city near an anchor of its own country', () => {
    for (const city of data.cities) {
      expect(city.lat !== 0 || city.lng !== 0).toBe(true);
      const near = ANCHORS.some(
        (anchor) =>
          anchor.country === city.country &&
          Math.abs(anchor.lat - city.lat) <= ANCHOR_JITTER + 1e-4 &&
          Math.abs(anchor.lng - city.lng) <= ANCHOR_JITTER + 1e-4,
      );
      expect(near, city.id).toBe(true);
    }
  });

  it('gives partners (only) a partnership year', () => {
    for (const city of data.cities) {
      if (city.relation === 'partner') {
        expect(city.partnerSince).toBeGreaterThanOrEqual(1950);
        expect(city.partnerSince).toBeLessThanOrEqual(LAST_YEAR);
      } else {
        expect(city.partnerSince).toBeUndefined();
      }
    }
  });

  it('gives every informal city a visit', () => {
    const visited = new Set(data.visits.flatMap((visit) => visit.cityIds));
    const unvisited = data.cities.filter(
      (city) => city.relation === 'informal' && !visited.has(city.id),
    );
    expect(unvisited).toEqual([]);
  });

  it('resolves every reference without duplicates', () => {
    for (const visit of data.visits) {
      expect(visit.cityIds.length).toBeGreaterThanOrEqual(1);
      expect(visit.cityIds.length).toBeLessThanOrEqual(2);
      expect(new Set(visit.cityIds).size).toBe(visit.cityIds.length);
      for (const id of visit.cityIds) expect(cityIds.has(id), id).toBe(true);
      expect(visit.themes.length).toBeGreaterThanOrEqual(1);
      expect(visit.themes.length).toBeLessThanOrEqual(3);
      expect(new Set(visit.themes).size).toBe(visit.themes.length);
      for (const id of visit.themes) expect(themeIds.has(id), id).toBe(true);
      expect(sourceIds.has(visit.sourceId), visit.sourceId).toBe(true);
    }
  });

  it('keeps years in range and dates real and in their year', () => {
    for (const visit of data.visits) {
      expect(visit.year).toBeGreaterThanOrEqual(firstYear);
      expect(visit.year).toBeLessThanOrEqual(LAST_YEAR);
      const source = data.sources.find((entry) => entry.id === visit.sourceId);
      expect(source?.year).toBe(visit.year);
      if (visit.date !== undefined) {
        expect(visit.date.slice(0, 4)).toBe(String(visit.year));
        expect(new Date(`${visit.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(visit.date);
      }
    }
  });

  it('keeps durations and participant counts positive integers', () => {
    for (const visit of data.visits) {
      if (visit.durationDays !== undefined) {
        expect(Number.isInteger(visit.durationDays)).toBe(true);
        expect(visit.durationDays).toBeGreaterThanOrEqual(1);
        expect(visit.durationDays).toBeLessThanOrEqual(30);
      }
      for (const participant of visit.participants) {
        if (participant.count !== undefined) {
          expect(Number.isInteger(participant.count)).toBe(true);
          expect(participant.count).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('generateCooperation variety', () => {
  const data = generate({ cities: 1000, visitsPerCity: 2, years: 5 });

  it('has a few two-city visits', () => {
    const share = data.visits.filter((visit) => visit.cityIds.length === 2).length / 2000;
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.15);
  });

  it('has partners, informal cities, both directions and every year', () => {
    expect(new Set(data.cities.map((city) => city.relation))).toEqual(
      new Set(['partner', 'informal']),
    );
    expect(new Set(data.visits.map((visit) => visit.direction))).toEqual(
      new Set(['incoming', 'outgoing']),
    );
    expect(new Set(data.visits.map((visit) => visit.year))).toEqual(
      new Set([2015, 2016, 2017, 2018, 2019]),
    );
  });
});

describe('generateCooperation options', () => {
  it.each<[string, Partial<GenerateOptions>]>([
    ['no cities', { cities: 0 }],
    ['fractional cities', { cities: 1.5 }],
    ['no visits', { visitsPerCity: 0 }],
    ['no years', { years: 0 }],
    ['years before FIRST_YEAR', { years: MAX_YEARS + 1 }],
    ['a fractional seed', { seed: 0.5 }],
  ])('rejects %s', (_, options) => {
    expect(() => generate(options)).toThrow(RangeError);
  });
});
