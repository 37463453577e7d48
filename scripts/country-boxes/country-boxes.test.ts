import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCountryBoxes } from './country-boxes.ts';

describe('src/data/validation/country-boxes.ts', () => {
  it('is up to date with the outlines (run `npm run data:country-boxes` if not)', () => {
    const file = new URL('../../src/data/validation/country-boxes.ts', import.meta.url);
    expect(readFileSync(file, 'utf8')).toBe(buildCountryBoxes());
  });
});
