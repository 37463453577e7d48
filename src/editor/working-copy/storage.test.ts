import { describe, expect, it } from 'vitest';
import { clearCopy, loadCopy, saveCopy, STORAGE_KEY } from './storage';
import type { WorkingCopy } from './working-copy';

/** A Storage in memory, that may refuse like a full or forbidding browser. */
function memoryStorage(refuse?: DOMException): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (refuse) throw refuse;
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

const copy: WorkingCopy = {
  original: '{\n  "hub": {}\n}\n',
  draft: JSON.parse('{"hub":{},"__proto__":{"x":1}}') as Record<string, unknown>,
  fileName: 'cooperation.json',
};
const now = new Date('2026-12-03T10:00:00Z');

describe('the working copy in storage', () => {
  it('comes back as it was saved, "__proto__" keys included', () => {
    const storage = memoryStorage();
    expect(saveCopy(storage, copy, now)).toEqual({ ok: true, savedAt: now.toISOString() });
    const loaded = loadCopy(storage);
    expect(loaded).toEqual({ ...copy, savedAt: now.toISOString() });
    expect(Object.keys(loaded!.draft)).toEqual(['hub', '__proto__']);
  });

  it('is gone once cleared', () => {
    const storage = memoryStorage();
    saveCopy(storage, copy, now);
    clearCopy(storage);
    expect(loadCopy(storage)).toBeNull();
  });

  it.each<[string, Storage | null, string]>([
    ['full', memoryStorage(new DOMException('quota', 'QuotaExceededError')), 'full'],
    ['forbidden', memoryStorage(new DOMException('no', 'SecurityError')), 'blocked'],
    ['missing', null, 'blocked'],
  ])('says why it cannot be saved when storage is %s', (_, storage, reason) => {
    expect(saveCopy(storage, copy, now)).toEqual({ ok: false, reason });
  });

  it.each<[string, string]>([
    ['not JSON', '{'],
    ['not an object', '[]'],
    ['without a draft', '{"original":"","fileName":"a","savedAt":"2026-01-01T00:00:00Z"}'],
    ['with a bad date', '{"original":"","draft":{},"fileName":"a","savedAt":"soon"}'],
  ])('is ignored when what is stored is %s', (_, text) => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, text);
    expect(loadCopy(storage)).toBeNull();
  });
});
