import { isRecord } from '../../data/is-record';
import type { WorkingCopy } from './working-copy';

/** The working copy as this browser keeps it between visits. */
export interface SavedCopy extends WorkingCopy {
  /** When it was saved (ISO 8601). */
  readonly savedAt: string;
}

/** Why the working copy could not be kept: the storage is full, or the browser forbids it. */
export type SaveFailure = 'full' | 'blocked';

export type SaveResult = { ok: true; savedAt: string } | { ok: false; reason: SaveFailure };

/** One key; the version lets a later editor read (or drop) an older shape. */
export const STORAGE_KEY = 'poznan-cooperation-editor:working-copy:v1';

/** localStorage, or null where the browser forbids it (reading the property itself may throw). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)
  );
}

/** Keeps the working copy in `storage`; says why when it cannot. */
export function saveCopy(storage: Storage | null, copy: WorkingCopy, now = new Date()): SaveResult {
  if (storage === null) return { ok: false, reason: 'blocked' };
  const savedAt = now.toISOString();
  const saved: SavedCopy = { ...copy, savedAt };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    return { ok: true, savedAt };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'full' : 'blocked' };
  }
}

/** The working copy kept in `storage`, or null when there is none or it is not one (damaged). */
export function loadCopy(storage: Storage | null): SavedCopy | null {
  let text: string | null;
  try {
    text = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const { original, draft, fileName, savedAt } = value;
  if (typeof original !== 'string' || !isRecord(draft) || typeof fileName !== 'string') return null;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  return { original, draft, fileName, savedAt };
}

/** Forgets the working copy; a storage that refuses has nothing to forget. */
export function clearCopy(storage: Storage | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Blocked storage kept nothing.
  }
}
