import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../map-settings';
import type { TileSettings } from '../map-settings-schema';
import { isMapSettings } from '../map-settings-guard';
import { checkMapSettings } from './check-map-settings';
import { formatPath } from './problem';

const tiles = DEFAULT_SETTINGS.tiles as TileSettings;
const withTiles = (changes: Record<string, unknown>) => ({ tiles: { ...tiles, ...changes } });

describe('checkMapSettings', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['the defaults', DEFAULT_SETTINGS, []],
    ['no tiles', { tiles: 'none' }, []],
    ['a {-y} template', withTiles({ url: 'https://t.example/{z}/{x}/{-y}.png' }), []],
    [
      'an {apikey} placeholder',
      withTiles({ url: 'https://t.example/{z}/{x}/{y}.png?apikey={apikey}' }),
      [['tiles.url', 'unknown placeholder {apikey} in the tile address: the map knows only']],
    ],
    [
      'a {foo} placeholder',
      withTiles({ url: 'https://t.example/{foo}/{z}/{x}/{y}.png' }),
      [['tiles.url', 'unknown placeholder {foo}']],
    ],
    [
      'spaces in a placeholder',
      withTiles({ url: 'https://t.example/{ z }/{x}/{y}.png' }),
      [
        ['tiles.url', 'the address "https://t.example/{ z }/{x}/{y}.png" must start with https://'],
        ['tiles.url', 'unknown placeholder { z } in the tile address; did you mean {z}?'],
        ['tiles.url', 'the tile address lacks {z}'],
      ],
    ],
    [
      'an unpaired brace',
      withTiles({ url: 'https://t.example/{z}/{x}/{y}}.png' }),
      [['tiles.url', 'unpaired } in the tile address (character 30)']],
    ],
    [
      'http',
      withTiles({ url: 'http://t.example/{z}/{x}/{y}.png' }),
      [['tiles.url', 'the address "http://t.example/{z}/{x}/{y}.png" must start with https://']],
    ],
    [
      'a javascript: credit link',
      withTiles({ attribution: { text: 'x', url: 'javascript:alert(1)' } }),
      [['tiles.attribution.url', 'the address "javascript:alert(1)" must start with https://']],
    ],
    ['"None"', { tiles: 'None' }, [['tiles', 'found "None"; did you mean "none"?']]],
    ['tiles a list', { tiles: [] }, [['tiles', 'expected "none" (no tiles) or an object']]],
    ['no tiles key', {}, [['', 'missing required key "tiles"']]],
    ['a typo in a key', { tiles: 'none', tittles: 1 }, [['tittles', 'unknown key "tittles"']]],
    ['a list', [], [['', 'the whole file must be one object { "tiles": … }']]],
    [
      'maxZoom out of range',
      withTiles({ maxZoom: 23 }),
      [['tiles.maxZoom', 'the largest allowed value is 22, found 23']],
    ],
  ])('%s', (_, settings, expected) => {
    const problems = checkMapSettings(settings);
    expect(problems.map((problem) => [formatPath(problem.path), problem.message.en])).toEqual(
      expected.map(([path, message]) => [path, expect.stringContaining(message)]),
    );
    expect(problems.every((problem) => problem.message.pl.length > 0)).toBe(true);
    // The browser's quick check agrees: no problem exactly when it would draw these tiles.
    expect(isMapSettings(settings)).toBe(expected.length === 0);
  });
});
