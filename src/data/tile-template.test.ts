import { describe, expect, it } from 'vitest';
import { isTileTemplate, tileTemplateProblems, type TemplateProblem } from './tile-template';

describe('tileTemplateProblems', () => {
  it.each<[string, string, TemplateProblem[]]>([
    ['OpenStreetMap', 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', []],
    ['subdomains and retina', 'https://{s}.tiles.example.org/{z}/{x}/{y}{r}.png', []],
    ['TMS rows ({-y} for {y})', 'https://tiles.example.org/{z}/{x}/{-y}.png', []],
    ['both rows', 'https://tiles.example.org/{z}/{x}/{y}/{-y}.png', []],
    ['a fixed key', 'https://tiles.example.org/{z}/{x}/{y}.png?key=abc123', []],
    [
      'an API key placeholder',
      'https://tiles.example.com/{z}/{x}/{y}.png?apikey={apikey}',
      [{ kind: 'unknown', placeholder: '{apikey}' }],
    ],
    [
      'a made-up placeholder',
      'https://tiles.example.org/{foo}/{z}/{x}/{y}.png',
      [{ kind: 'unknown', placeholder: '{foo}' }],
    ],
    [
      'an option name Leaflet would fill in',
      'https://tiles.example.org/{z}/{x}/{y}.png?max={maxZoom}',
      [{ kind: 'unknown', placeholder: '{maxZoom}' }],
    ],
    [
      'spaces inside the braces',
      'https://tiles.example.org/{ z }/{x}/{y}.png',
      [
        { kind: 'unknown', placeholder: '{ z }', meant: '{z}' },
        { kind: 'missing', placeholders: ['{z}'] },
      ],
    ],
    [
      'a capital letter',
      'https://tiles.example.org/{Z}/{x}/{y}.png',
      [
        { kind: 'unknown', placeholder: '{Z}', meant: '{z}' },
        { kind: 'missing', placeholders: ['{z}'] },
      ],
    ],
    [
      'an empty pair',
      'https://tiles.example.org/{}/{z}/{x}/{y}.png',
      [{ kind: 'unknown', placeholder: '{}' }],
    ],
    [
      'an unclosed brace',
      'https://tiles.example.org/{z/{x}/{y}.png',
      [
        { kind: 'unpaired', brace: '{', at: 26 },
        { kind: 'missing', placeholders: ['{z}'] },
      ],
    ],
    [
      'an unopened brace',
      'https://tiles.example.org/{z}/x}/{y}.png',
      [
        { kind: 'unpaired', brace: '}', at: 31 },
        { kind: 'missing', placeholders: ['{x}'] },
      ],
    ],
    [
      'doubled braces',
      'https://tiles.example.org/{{z}}/{x}/{y}.png',
      [
        { kind: 'unpaired', brace: '{', at: 26 },
        { kind: 'unpaired', brace: '}', at: 30 },
      ],
    ],
    [
      'no placeholders at all',
      'https://tiles.example.org/tile.png',
      [{ kind: 'missing', placeholders: ['{z}', '{x}', '{y}'] }],
    ],
    ['no row', 'https://a/{z}/{x}.png', [{ kind: 'missing', placeholders: ['{y}'] }]],
  ])('%s', (_, template, problems) => {
    expect(tileTemplateProblems(template)).toEqual(problems);
    expect(isTileTemplate(template)).toBe(problems.length === 0);
  });
});
