import { describe, expect, it, vi } from 'vitest';
import { memoryViewStore } from './preview-view-store';

describe('memoryViewStore', () => {
  it.each([
    ['', ''],
    ['?lang=en', '?lang=en'],
  ])('starts from %j', (initial, read) => {
    expect(memoryViewStore(initial).read()).toBe(read);
  });

  it('keeps what is written, whether a new step or a replaced one, and tells its listeners', () => {
    const store = memoryViewStore('?lang=en');
    const listener = vi.fn();
    store.subscribe(listener);
    store.write('?city=kyiv&lang=en', false);
    expect(store.read()).toBe('?city=kyiv&lang=en');
    store.write('?city=lviv&lang=en', true);
    expect(store.read()).toBe('?city=lviv&lang=en');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = memoryViewStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    unsubscribe();
    store.write('?summary=1', false);
    expect(listener).not.toHaveBeenCalled();
  });
});
