import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyCode } from './lazy-code';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lazyCode', () => {
  it('does not load until asked, then loads once', async () => {
    const importCode = vi.fn(() => Promise.resolve('the code'));
    const code = lazyCode('Test', importCode);
    expect(importCode).not.toHaveBeenCalled();
    expect(code.current()).toEqual({ state: 'loading' });

    const first = code.load();
    expect(code.load()).toBe(first);
    expect(await first).toEqual({ state: 'ready', code: 'the code' });
    expect(code.current()).toEqual({ state: 'ready', code: 'the code' });
    expect(importCode).toHaveBeenCalledOnce();
  });

  it('reports a failed download as a state, not a rejection, and says why in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const code = lazyCode('The panel', () => Promise.reject(new Error('offline')));
    await expect(code.load()).resolves.toEqual({ state: 'failed' });
    expect(code.current()).toEqual({ state: 'failed' });
    expect(warn).toHaveBeenCalledWith(
      'The panel: the code could not be loaded:',
      expect.any(Error),
    );
  });
});
