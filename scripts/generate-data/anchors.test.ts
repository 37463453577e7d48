import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import {
  countryShapes,
  shapeContains,
  type CountriesTopology,
} from '../../src/features/map/basemap/country-shapes.ts';
import { ANCHOR_JITTER, ANCHORS } from './anchors.ts';

const require = createRequire(import.meta.url);
const GRID = 6;

describe('ANCHORS', () => {
  it('has distinct names and valid country codes', () => {
    expect(new Set(ANCHORS.map((anchor) => anchor.name)).size).toBe(ANCHORS.length);
    for (const anchor of ANCHORS) expect(countries.isValid(anchor.country), anchor.name).toBe(true);
  });

  describe.each(['110m', '50m'])('with Natural Earth %s shapes', (resolution) => {
    const topology = JSON.parse(
      readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'),
    ) as CountriesTopology;
    const shapes = countryShapes(topology).features;

    it.each(ANCHORS.map((anchor) => [anchor.name, anchor] as const))(
      'keeps the jitter box around %s inside its country',
      (_, anchor) => {
        const shape = shapes.find(
          (entry) => countries.numericToAlpha2(String(entry.id)) === anchor.country,
        );
        expect(shape, anchor.country).toBeDefined();
        if (!shape) return;
        const outside: number[][] = [];
        for (let i = 0; i <= GRID; i++) {
          for (let j = 0; j <= GRID; j++) {
            const lat = anchor.lat + ANCHOR_JITTER * ((2 * i) / GRID - 1);
            const lng = anchor.lng + ANCHOR_JITTER * ((2 * j) / GRID - 1);
            if (!shapeContains(shape, [lng, lat])) outside.push([lat, lng]);
          }
        }
        expect(outside).toEqual([]);
      },
    );
  });
});
