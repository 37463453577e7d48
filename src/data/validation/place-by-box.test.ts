import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCountryCheck } from '../../../scripts/validate-data/country-check';
import type { Cooperation } from '../schema';
import type { PlaceVerdict } from './entry-checks';
import { placeByBox } from './place-by-box';

describe('placeByBox', () => {
  it.each<[string, { lat: number; lng: number; country: string }, PlaceVerdict]>([
    ['Brno where it is', { lat: 49.1951, lng: 16.6068, country: 'CZ' }, 'unknown'],
    ['Brno with lat and lng swapped', { lat: 16.6068, lng: 49.1951, country: 'CZ' }, 'swapped'],
    ['Kyiv with lat and lng swapped', { lat: 30.5234, lng: 50.4501, country: 'UA' }, 'swapped'],
    ['Berlin in the wrong hemisphere', { lat: -52.52, lng: 13.405, country: 'DE' }, 'outside'],
    ['Berlin under the code of Japan', { lat: 52.52, lng: 13.405, country: 'JP' }, 'outside'],
    ['a swap that would need a longitude over 90', { lat: 10, lng: 120, country: 'DE' }, 'outside'],
    [
      'Réunion, far from Paris but French',
      { lat: -21.1151, lng: 55.5364, country: 'FR' },
      'unknown',
    ],
    ['a code with no box (Kosovo)', { lat: 10, lng: 10, country: 'XK' }, 'unknown'],
  ])('%s', (_, point, expected) => {
    expect(placeByBox(point)).toEqual(expected);
  });

  it('agrees with the outlines on every place of the bundled data', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8'),
    ) as Cooperation;
    const outlines = createCountryCheck();
    for (const place of [data.hub, ...data.cities]) {
      expect(outlines(place), place.id).toBe('inside');
      expect(placeByBox(place), place.id).toBe('unknown');
    }
  });
});
