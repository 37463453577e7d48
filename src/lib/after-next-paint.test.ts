import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

describe('afterNextPaint', () => {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => undefined));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs after the frame, in a task of its own, not in the frame itself', () => {
    const run = vi.fn();
    afterNextPaint(run);
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
    frames.forEach((frame) => frame());
    expect(run).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
  });

  it.each([
    ['before the frame', true],
    ['between the frame and the task', false],
  ])('can be cancelled %s', (_, beforeFrame) => {
    const run = vi.fn();
    const cancel = afterNextPaint(run);
    if (!beforeFrame) frames.forEach((frame) => frame());
    cancel();
    frames.forEach((frame) => frame());
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
  });
});
