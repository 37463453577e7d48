import { describe, expect, it } from 'vitest';
import {
  activeIndex,
  initialComboboxState,
  keyAction,
  reduceCombobox,
  type ComboboxAction,
  type ComboboxState,
  type KeyOutcome,
} from './combobox-state';

const state = (query: string, open: boolean, active = -1): ComboboxState => ({
  query,
  open,
  active,
});

describe('reduceCombobox', () => {
  it.each<[string, ComboboxState, ComboboxAction, ComboboxState]>([
    ['typing opens the list', state('', false), { type: 'type', query: 'k' }, state('k', true)],
    [
      'typing puts visual focus back on the text field',
      state('ki', true, 2),
      { type: 'type', query: 'kij' },
      state('kij', true),
    ],
    [
      'deleting every letter closes the list',
      state('k', true),
      { type: 'type', query: '' },
      state('', false),
    ],
    [
      'spaces alone do not open it',
      state('', false),
      { type: 'type', query: ' ' },
      state(' ', false),
    ],
    [
      'down from the text field: the first option',
      state('ki', true),
      { type: 'move', step: 1, count: 3 },
      state('ki', true, 0),
    ],
    [
      'down: the next option',
      state('ki', true, 0),
      { type: 'move', step: 1, count: 3 },
      state('ki', true, 1),
    ],
    [
      'down from the last: wraps to the first',
      state('ki', true, 2),
      { type: 'move', step: 1, count: 3 },
      state('ki', true, 0),
    ],
    [
      'up from the text field: the last option',
      state('ki', true),
      { type: 'move', step: -1, count: 3 },
      state('ki', true, 2),
    ],
    [
      'up from the first: wraps to the last',
      state('ki', true, 0),
      { type: 'move', step: -1, count: 3 },
      state('ki', true, 2),
    ],
    [
      'down on a closed list opens it on the first option',
      state('ki', false),
      { type: 'move', step: 1, count: 3 },
      state('ki', true, 0),
    ],
    [
      'up on a closed list opens it on the last option',
      state('ki', false),
      { type: 'move', step: -1, count: 3 },
      state('ki', true, 2),
    ],
    [
      'an option beyond fewer suggestions counts as none',
      state('ki', true, 5),
      { type: 'move', step: 1, count: 2 },
      state('ki', true, 0),
    ],
    [
      'moving with no suggestions only opens',
      state('xyz', false),
      { type: 'move', step: 1, count: 0 },
      state('xyz', true),
    ],
    ['open keeps the query', state('ki', false), { type: 'open' }, state('ki', true)],
    ['close keeps the query', state('ki', true, 1), { type: 'close' }, state('ki', false)],
    ['release keeps the list open', state('ki', true, 1), { type: 'release' }, state('ki', true)],
    ['clear empties the field', state('ki', false), { type: 'clear' }, initialComboboxState],
    [
      'choosing empties the field and closes',
      state('ki', true, 1),
      { type: 'choose', index: 1 },
      initialComboboxState,
    ],
  ])('%s', (_, before, action, after) => {
    expect(reduceCombobox(before, action)).toEqual(after);
  });
});

describe('activeIndex', () => {
  it.each<[ComboboxState, number, number]>([
    [state('ki', true, 1), 3, 1],
    [state('ki', false, 1), 3, -1],
    [state('ki', true, 3), 3, -1],
    [state('ki', true), 3, -1],
  ])('%j with %i options → %i', (current, count, expected) => {
    expect(activeIndex(current, count)).toBe(expected);
  });
});

describe('keyAction', () => {
  const handled = (action: ComboboxAction): KeyOutcome => ({ action, preventDefault: true });
  const release: KeyOutcome = { action: { type: 'release' }, preventDefault: false };

  it.each<[string, ComboboxState, string, boolean, number, KeyOutcome | null]>([
    [
      'ArrowDown moves',
      state('ki', true),
      'ArrowDown',
      false,
      3,
      handled({ type: 'move', step: 1, count: 3 }),
    ],
    [
      'ArrowUp moves',
      state('ki', true, 1),
      'ArrowUp',
      false,
      3,
      handled({ type: 'move', step: -1, count: 3 }),
    ],
    ['Alt+ArrowDown opens', state('ki', false), 'ArrowDown', true, 3, handled({ type: 'open' })],
    ['Alt+ArrowUp closes', state('ki', true, 1), 'ArrowUp', true, 3, handled({ type: 'close' })],
    [
      'Enter chooses the active option',
      state('ki', true, 1),
      'Enter',
      false,
      3,
      handled({ type: 'choose', index: 1 }),
    ],
    ['Enter with no active option is not ours', state('ki', true), 'Enter', false, 3, null],
    ['Enter on a closed list is not ours', state('ki', false, 1), 'Enter', false, 3, null],
    [
      'Enter on an option no longer shown is not ours',
      state('ki', true, 4),
      'Enter',
      false,
      3,
      null,
    ],
    [
      'Escape closes the list',
      state('ki', true, 1),
      'Escape',
      false,
      3,
      handled({ type: 'close' }),
    ],
    [
      'a second Escape clears the field',
      state('ki', false),
      'Escape',
      false,
      3,
      handled({ type: 'clear' }),
    ],
    [
      'Escape with no suggestions shown clears',
      state('xyz', true),
      'Escape',
      false,
      0,
      handled({ type: 'clear' }),
    ],
    ['Escape in an empty field is left to the page', state('', false), 'Escape', false, 0, null],
    ['Home on an option returns to the text', state('ki', true, 1), 'Home', false, 3, release],
    ['End on an option returns to the text', state('ki', true, 1), 'End', false, 3, release],
    [
      'ArrowLeft on an option returns to the text',
      state('ki', true, 1),
      'ArrowLeft',
      false,
      3,
      release,
    ],
    [
      'ArrowRight on an option returns to the text',
      state('ki', true, 1),
      'ArrowRight',
      false,
      3,
      release,
    ],
    ['Home in the text is the browser’s', state('ki', true), 'Home', false, 3, null],
    ['letters are typing', state('ki', true, 1), 'j', false, 3, null],
    ['Tab is the browser’s', state('ki', true, 1), 'Tab', false, 3, null],
  ])('%s', (_, current, key, altKey, count, expected) => {
    expect(keyAction(current, { key, altKey }, count)).toEqual(expected);
  });
});
