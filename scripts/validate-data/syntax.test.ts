import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from './syntax.ts';
import { checkJsonFile } from './validate-file.ts';

const MANY = '['.repeat(200_000);
const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
const unclosed = 'niezamknięty tekst: brak cudzysłowu " na końcu';
const tooDeep = `dane są zagnieżdżone głębiej niż ${MAX_DEPTH} poziomów`;

/** The validator's line on a refused text, or 'ok'. */
function verdict(text: string): string {
  const report = checkJsonFile(new TextEncoder().encode(text), 'f.json', () => null);
  return report.lines[0] ?? 'ok';
}

describe('the validator on deep or tricky nesting', () => {
  it.each<[string, string, string]>([
    // The parser ends a string at a line break and reads what follows as structure.
    ['a new line in a string in a list, then 200,000 "["', `["x\n${MANY}"]`, unclosed],
    ['the same inside an object', `{"a": ["x\n${MANY}"]}`, unclosed],
    ['a carriage return in place of the new line', `["x\r${MANY}"]`, unclosed],
    ['a new line in a key, then 200,000 "["', `{"x\n${MANY}": 1}`, 'plik urywa'],
    ['a new line in a string as a value, then 200,000 "["', `{"a": "x\n${MANY}"}`, 'plik urywa'],
    ['an escaped new line: the string goes on', `["x\\\n${MANY}"]`, 'niedozwolony znak po'],
    ['200,000 "[" inside a string', `{"a": "${MANY}"}`, 'ok'],
    ['escaped quotes before 200,000 "[" in a string', `{"a": "\\"\\"${MANY}"}`, 'ok'],
    ['an escaped backslash, then the string ends', `["\\\\", ${nested(MAX_DEPTH - 1)}]`, 'ok'],
    ['an escaped backslash, then too deep', `["\\\\", ${nested(MAX_DEPTH)}]`, tooDeep],
    [`${MAX_DEPTH} levels`, nested(MAX_DEPTH), 'ok'],
    [`${MAX_DEPTH + 1} levels`, nested(MAX_DEPTH + 1), tooDeep],
    ['200,000 levels', `${MANY}`, tooDeep],
    ['200,000 "[" after a comment', `[// x\n${MANY}`, 'JSON nie pozwala na komentarze'],
    // The first error is reported, not the nesting the parser ran into while recovering.
    ['200,000 "[" after a missing comma', `[1 ${MANY}`, 'oczekiwano przecinka'],
  ])('%s', (_, text, expected) => {
    expect(verdict(text)).toContain(expected);
  });
});
