import { useCallback, useState } from 'react';

const KEY = 'poznan-map-editor:section';

function savedSection(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * The part of the file being edited, kept for this tab: a reload comes back to it, as it comes
 * back to the working copy. A new tab starts at the first part.
 */
export function useCurrentSection(ids: readonly string[]): [string, (id: string) => void] {
  const [current, setCurrent] = useState(() => {
    const saved = savedSection();
    return saved !== null && ids.includes(saved) ? saved : (ids[0] ?? '');
  });
  const choose = useCallback((id: string) => {
    setCurrent(id);
    try {
      sessionStorage.setItem(KEY, id);
    } catch {
      // Storage forbidden: the part is still chosen, only not kept over a reload.
    }
  }, []);
  return [current, choose];
}
