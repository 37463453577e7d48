import { describe, expect, it } from 'vitest';
import { sessionReducer, type SessionAction, type WorkingCopy } from './working-copy';

const copy: WorkingCopy = { original: '{"a":1}\n', draft: { a: 1 }, fileName: 'c.json' };

describe('sessionReducer', () => {
  it.each<[string, WorkingCopy | null, SessionAction, WorkingCopy | null]>([
    [
      'opens a file',
      null,
      { type: 'open', original: '{}', draft: {}, fileName: 'x.json' },
      { original: '{}', draft: {}, fileName: 'x.json' },
    ],
    [
      'opens another file over one',
      copy,
      { type: 'open', original: '{}', draft: {}, fileName: 'x.json' },
      { original: '{}', draft: {}, fileName: 'x.json' },
    ],
    [
      'edits the draft, keeping the original',
      copy,
      { type: 'set', path: ['a'], value: 2 },
      { ...copy, draft: { a: 2 } },
    ],
    ['closes', copy, { type: 'close' }, null],
    ['ignores an edit with nothing open', null, { type: 'set', path: ['a'], value: 2 }, null],
  ])('%s', (_, before, action, after) => {
    expect(sessionReducer(before, action)).toEqual(after);
  });

  it('keeps the same copy when an edit changes nothing', () => {
    expect(sessionReducer(copy, { type: 'remove', path: ['missing'] })).toBe(copy);
  });
});
