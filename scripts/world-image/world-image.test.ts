import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorldImage, ringPath } from './world-image.ts';

describe('the world image', () => {
  it('is up to date (npm run data:world-image writes it)', () => {
    const file = new URL('../../src/features/map/basemap/world-110m.svg', import.meta.url);
    expect(readFileSync(file, 'utf8')).toBe(buildWorldImage());
  });

  it.each<[string, [number, number][], string]>([
    // Longitude 0 is the middle (4096 of 8192), the equator too; latitude 10 is 229 above it.
    [
      'a ring: its start, then steps',
      [
        [0, 0],
        [45, 0],
        [45, 10],
        [0, 0],
      ],
      'M4096 4096l1024 0 0-229-1024 229z',
    ],
    [
      'steps that round to nothing are left out',
      [
        [0, 0],
        [0.001, 0],
        [45, 0],
        [0, 0],
      ],
      'M4096 4096l1024 0-1024 0z',
    ],
    [
      'a ring that rounds to a point is not drawn',
      [
        [0, 0],
        [0.001, 0.001],
        [0, 0],
      ],
      '',
    ],
    [
      'a ring across the 180th meridian, drawn at both edges',
      [
        [179, 0],
        [-179, 0],
        [-179, 1],
        [179, 1],
        [179, 0],
      ],
      'M8169 4096l46 0 0-23-46 0 0 23zM-23 4096l46 0 0-23-46 0 0 23z',
    ],
    [
      'a ring round the pole, from edge to edge',
      [
        [-180, -80],
        [0, -70],
        [180, -80],
        [-180, -80],
      ],
      'M0 7272l4096-913 4096 913-8192 0z',
    ],
  ])('%s', (_, ring, path) => {
    expect(ringPath(ring)).toBe(path);
  });
});
