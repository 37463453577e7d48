import { describe, expect, it } from 'vitest';
import { isId, MAX_ID_LENGTH } from '../../data/contract-constants';
import { proposeId, slugify } from './propose-id';

describe('slugify', () => {
  it.each([
    ['Łódź', 'lodz'],
    ['Kraków', 'krakow'],
    ['Zielona Góra', 'zielona-gora'],
    ['Gdańsk', 'gdansk'],
    ['Świętochłowice', 'swietochlowice'],
    ['Żółć Źrebię', 'zolc-zrebie'],
    ['São Paulo', 'sao-paulo'],
    ['Düsseldorf', 'dusseldorf'],
    ['Straße', 'strasse'],
    ['  Rennes -- Métropole!  ', 'rennes-metropole'],
    ['Kharkiv 2019', 'kharkiv-2019'],
    ['Київ', ''],
    ['', ''],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('proposeId', () => {
  it.each([
    ['Kraków', [], 'krakow'],
    ['Kraków', ['krakow'], 'krakow-2'],
    ['Kraków', ['krakow', 'krakow-2'], 'krakow-3'],
    ['Kraków', ['krakow-2'], 'krakow'],
    ['Київ', [], 'city'],
    ['Київ', ['city'], 'city-2'],
    ['', [], 'city'],
  ])('%j with %j taken → %j', (name, taken, id) => {
    expect(proposeId(name, new Set(taken), 'city')).toBe(id);
  });

  it('keeps a long name within the id length, suffix included', () => {
    const long = 'a'.repeat(MAX_ID_LENGTH + 20);
    const first = proposeId(long, new Set(), 'city');
    const second = proposeId(long, new Set([first]), 'city');
    expect(first).toHaveLength(MAX_ID_LENGTH);
    expect(second).toHaveLength(MAX_ID_LENGTH);
    expect(second.endsWith('-2')).toBe(true);
    expect([first, second].every(isId)).toBe(true);
  });

  it('never ends a cut id with a hyphen', () => {
    const name = `${'a'.repeat(MAX_ID_LENGTH - 1)} b`;
    const id = proposeId(name, new Set(), 'city');
    expect(isId(id)).toBe(true);
  });
});
