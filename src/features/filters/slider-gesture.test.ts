import { describe, expect, it } from 'vitest';
import {
  gesturePhases,
  nextGesture,
  type GesturePhase,
  type SliderEvent,
  type SliderGesture,
} from './slider-gesture';

describe('nextGesture', () => {
  it.each<[SliderGesture, SliderEvent, SliderGesture]>([
    ['none', { type: 'pointerdown' }, 'pointer'],
    ['pointer', { type: 'pointerup' }, 'none'],
    ['pointer', { type: 'keydown', key: 'ArrowRight' }, 'pointer'],
    ['pointer', { type: 'blur' }, 'pointer'],
    ['pointer', { type: 'pointerdown' }, 'pointer'],
    ['none', { type: 'keydown', key: 'ArrowRight' }, 'keys'],
    ['none', { type: 'keydown', key: 'ArrowLeft' }, 'keys'],
    ['none', { type: 'keydown', key: 'ArrowUp' }, 'keys'],
    ['none', { type: 'keydown', key: 'ArrowDown' }, 'keys'],
    ['none', { type: 'keydown', key: 'PageUp' }, 'keys'],
    ['none', { type: 'keydown', key: 'PageDown' }, 'keys'],
    ['none', { type: 'keydown', key: 'Home' }, 'keys'],
    ['none', { type: 'keydown', key: 'End' }, 'keys'],
    ['none', { type: 'keydown', key: 'Tab' }, 'none'],
    ['none', { type: 'keydown', key: 'Escape' }, 'none'],
    ['keys', { type: 'keydown', key: 'ArrowRight' }, 'keys'],
    ['keys', { type: 'keydown', key: 'Tab' }, 'keys'],
    ['keys', { type: 'pointerup' }, 'keys'],
    ['keys', { type: 'blur' }, 'none'],
    ['keys', { type: 'pointerdown' }, 'pointer'],
    ['none', { type: 'pointerup' }, 'none'],
    ['none', { type: 'blur' }, 'none'],
  ])('from %s, %j leads to %s', (gesture, event, expected) => {
    expect(nextGesture(gesture, event)).toBe(expected);
  });

  it('makes two presses of an arrow key one run, ended when focus leaves', () => {
    const events: SliderEvent[] = [
      { type: 'keydown', key: 'ArrowRight' },
      { type: 'keydown', key: 'ArrowRight' },
    ];
    const during = events.reduce(nextGesture, 'none');
    expect(during).toBe('keys');
    expect(nextGesture(during, { type: 'blur' })).toBe('none');
  });
});

describe('gesturePhases', () => {
  it.each<[SliderGesture, SliderGesture, GesturePhase[]]>([
    ['none', 'none', []],
    ['none', 'pointer', ['start']],
    ['none', 'keys', ['start']],
    ['pointer', 'pointer', []],
    ['keys', 'keys', []],
    ['pointer', 'none', ['end']],
    ['keys', 'none', ['end']],
    ['keys', 'pointer', ['end', 'start']],
  ])('from %s to %s: %j', (before, after, expected) => {
    expect(gesturePhases(before, after)).toEqual(expected);
  });
});
