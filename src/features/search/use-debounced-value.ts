import { useEffect, useState } from 'react';

/** `value` once it has stayed the same for `delayMs`: a screen reader hears the result of typing, not every key. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(
    function settleAfterPause() {
      const timer = setTimeout(() => setSettled(value), delayMs);
      return function cancelOnChange() {
        clearTimeout(timer);
      };
    },
    [value, delayMs],
  );
  return settled;
}
