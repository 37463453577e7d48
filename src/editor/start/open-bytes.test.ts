import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badDataCases } from '../../../e2e/fixtures/bad-data/cases';
import { checkDraft } from '../validation/check-draft';
import { MAX_FILE_BYTES, openBytes, type Opened } from './open-bytes';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (file: string) =>
  new Uint8Array(readFileSync(new URL(`../../../e2e/fixtures/bad-data/${file}`, import.meta.url)));

describe('openBytes', () => {
  it.each<[string, Uint8Array, Partial<Opened> & { ok: boolean }]>([
    [
      'an object',
      bytes('{"hub": {}}\n'),
      { ok: true, original: '{"hub": {}}\n', draft: { hub: {} } },
    ],
    ['an empty file', bytes(''), { ok: false, why: 'empty' }],
    ['a web page', bytes('<!doctype html><p>404'), { ok: false, why: 'web-page' }],
    ['UTF-32', new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), { ok: false, why: 'not-text' }],
    ['a list', bytes('[]'), { ok: false, why: 'not-object' }],
    ['null', bytes('null'), { ok: false, why: 'not-object' }],
    ['too much', new Uint8Array(MAX_FILE_BYTES + 1), { ok: false, why: 'too-large' }],
  ])('reads %s', (_, input, expected) => {
    expect(openBytes(input)).toMatchObject(expected);
  });

  it('says where JSON breaks off, as line and column', () => {
    expect(openBytes(bytes('{\n  "a": 1,\n}'))).toMatchObject({
      ok: false,
      why: 'not-json',
      at: { line: 3, column: 1 },
    });
  });

  it('notes keys written twice and a file not in UTF-8', () => {
    expect(openBytes(bytes('{"a": 1, "a": 2}'))).toMatchObject({
      ok: true,
      draft: { a: 2 },
      notes: { duplicateKeys: 1, notUtf8: false },
    });
    expect(
      openBytes(new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xb3, 0x22, 0x7d])),
    ).toMatchObject({
      ok: true,
      notes: { notUtf8: true },
    });
  });

  it('keeps "__proto__" as a plain key of the draft', () => {
    const opened = openBytes(bytes('{"__proto__": {"polluted": true}}'));
    expect(opened.ok && Object.keys(opened.draft)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('each broken file of the corpus', () => {
  for (const { file, what, cli } of badDataCases.filter(
    (entry) => !entry.file.startsWith('generated:'),
  )) {
    it(`${file} (${what}) opens with its problems, or says why it cannot`, () => {
      const opened = openBytes(fixture(file));
      if (!opened.ok) {
        expect(cli.exitCode, 'only a file the validator fails is refused').toBe(1);
        return;
      }
      const errors = checkDraft(opened.draft, 2026).filter(
        (problem) => problem.severity === 'error',
      );
      const noted = opened.notes.notUtf8 || opened.notes.duplicateKeys > 0;
      expect(errors.length > 0 || noted).toBe(cli.exitCode === 1);
    });
  }
});
