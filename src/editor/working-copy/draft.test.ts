import { describe, expect, it } from 'vitest';
import { applyEdit, type Draft, type EditAction } from './draft';

const draft: Draft = { hub: { id: 'poznan' }, cities: [{ id: 'a' }, { id: 'b' }] };

describe('applyEdit', () => {
  it.each<[string, EditAction, Draft]>([
    [
      'set',
      { type: 'set', path: ['hub', 'id'], value: 'x' },
      { hub: { id: 'x' }, cities: draft.cities },
    ],
    ['remove', { type: 'remove', path: ['cities', 0] }, { hub: draft.hub, cities: [{ id: 'b' }] }],
    [
      'insert',
      { type: 'insert', path: ['cities', 1], value: { id: 'n' } },
      { hub: draft.hub, cities: [{ id: 'a' }, { id: 'n' }, { id: 'b' }] },
    ],
    ['replace', { type: 'replace', draft: { other: 1 } }, { other: 1 }],
    [
      'open',
      { type: 'open', original: '{}', draft: { opened: 1 }, fileName: 'f.json' },
      { opened: 1 },
    ],
  ])('applies %s', (_, action, expected) => {
    expect(applyEdit(draft, action)).toEqual(expected);
  });

  it('does not change the draft it was given', () => {
    const before = JSON.stringify(draft);
    applyEdit(draft, { type: 'set', path: ['cities', 1, 'id'], value: 'z' });
    expect(JSON.stringify(draft)).toBe(before);
  });
});
