import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyCode } from './lazy-code';

afterEach(() => {
  vi.restoreAllMocks();
});

const offline = () => Promise.reject(new Error('offline'));

describe('lazyCode', () => {
  it('does not load until asked, then loads once', async () => {
    const importCode = vi.fn(() => Promise.resolve('the code'));
    const code = lazyCode('Test', importCode);
    expect(importCode).not.toHaveBeenCalled();
    expect(code.current()).toEqual({ state: 'loading' });

    const first = code.load();
    code.preload();
    expect(await first).toEqual({ state: 'ready', code: 'the code' });
    expect(await code.load()).toEqual({ state: 'ready', code: 'the code' });
    expect(code.current()).toEqual({ state: 'ready', code: 'the code' });
    expect(importCode).toHaveBeenCalledOnce();
  });

  it('reports a failed download as a state, not a rejection, and says why in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const code = lazyCode('The panel', offline);
    await expect(code.load()).resolves.toEqual({ state: 'failed' });
    expect(code.current()).toEqual({ state: 'failed' });
    expect(warn).toHaveBeenCalledWith(
      'The panel: the code could not be loaded:',
      expect.any(Error),
    );
  });

  it('tries again after a failure', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const importCode = vi.fn<() => Promise<string>>().mockImplementationOnce(offline);
    importCode.mockResolvedValue('the code');
    const code = lazyCode('Test', importCode);
    expect(await code.load()).toEqual({ state: 'failed' });
    expect(await code.load()).toEqual({ state: 'ready', code: 'the code' });
    expect(importCode).toHaveBeenCalledTimes(2);
  });

  it('a failed preload is not a failure: it leaves the state as it was, and load tries again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const importCode = vi.fn<() => Promise<string>>().mockImplementationOnce(offline);
    importCode.mockResolvedValue('the code');
    const code = lazyCode('Test', importCode);
    code.preload();
    await vi.waitFor(() => expect(importCode).toHaveBeenCalledOnce());
    await Promise.resolve();
    expect(code.current()).toEqual({ state: 'loading' });
    expect(warn).not.toHaveBeenCalled();
    expect(await code.load()).toEqual({ state: 'ready', code: 'the code' });
  });
});
