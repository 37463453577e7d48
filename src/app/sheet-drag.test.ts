import { describe, expect, it } from 'vitest';
import { dragOffset, isDrag, releaseVelocity, restAfterDrag, type SheetDrag } from './sheet-drag';

const range = 400;

describe('dragOffset', () => {
  it.each([
    ['peek, not moved', 'peek', 0, 400],
    ['peek, up 100', 'peek', -100, 300],
    ['peek, up past the top', 'peek', -900, 0],
    ['peek, down: stays at the peek', 'peek', 50, 400],
    ['expanded, down 120', 'expanded', 120, 120],
    ['expanded, up: stays at the top', 'expanded', -30, 0],
    ['expanded, down past the peek', 'expanded', 700, 400],
  ] as const)('%s', (_, from, travel, offset) => {
    expect(dragOffset({ from, travel, range })).toBe(offset);
  });
});

describe('restAfterDrag', () => {
  it.each<[string, Omit<SheetDrag, 'range'>, 'peek' | 'expanded']>([
    ['a tap leaves it', { from: 'peek', travel: -5, velocity: -2 }, 'peek'],
    ['a quarter of the way up expands', { from: 'peek', travel: -100, velocity: 0 }, 'expanded'],
    ['less than a quarter up returns', { from: 'peek', travel: -99, velocity: -0.1 }, 'peek'],
    ['a flick up expands', { from: 'peek', travel: -20, velocity: -0.8 }, 'expanded'],
    ['a flick down after going up peeks', { from: 'peek', travel: -300, velocity: 0.6 }, 'peek'],
    ['dragging down from the peek stays', { from: 'peek', travel: 60, velocity: 0.1 }, 'peek'],
    ['a quarter of the way down peeks', { from: 'expanded', travel: 100, velocity: 0 }, 'peek'],
    ['less than a quarter down returns', { from: 'expanded', travel: 60, velocity: 0 }, 'expanded'],
    ['a flick down peeks', { from: 'expanded', travel: 30, velocity: 1 }, 'peek'],
    [
      'a flick up after going down expands',
      { from: 'expanded', travel: 250, velocity: -0.7 },
      'expanded',
    ],
  ])('%s', (_, drag, rest) => {
    expect(restAfterDrag({ ...drag, range })).toBe(rest);
  });
});

describe('isDrag', () => {
  it.each([
    [0, false],
    [7, false],
    [-7, false],
    [8, true],
    [-30, true],
  ])('%d px is a drag: %s', (travel, drag) => {
    expect(isDrag(travel)).toBe(drag);
  });
});

describe('releaseVelocity', () => {
  it.each([
    ['no point', [], 0],
    ['one point', [{ y: 100, time: 5 }], 0],
    [
      'down 20 px in 10 ms',
      [
        { y: 100, time: 0 },
        { y: 120, time: 10 },
      ],
      2,
    ],
    [
      'up 30 px in 60 ms',
      [
        { y: 300, time: 40 },
        { y: 270, time: 100 },
      ],
      -0.5,
    ],
    [
      'no time passed',
      [
        { y: 100, time: 5 },
        { y: 140, time: 5 },
      ],
      0,
    ],
    [
      'a slow drag with a last twitch stays slow',
      [
        { y: 100, time: 0 },
        { y: 110, time: 40 },
        { y: 120, time: 80 },
        { y: 123, time: 81 },
      ],
      13 / 41,
    ],
    [
      'only the last 80 ms count',
      [
        { y: 0, time: 0 },
        { y: 200, time: 100 },
        { y: 240, time: 180 },
      ],
      0.5,
    ],
  ])('%s', (_, points, velocity) => {
    expect(releaseVelocity(points)).toBeCloseTo(velocity, 6);
  });
});
