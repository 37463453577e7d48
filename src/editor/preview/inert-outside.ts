import { useEffect, type RefObject } from 'react';

/**
 * While mounted, everything in the page's body but `ref`'s element is inert: a modal that is
 * not a native <dialog> (the map inside has its own dialog and Escape) keeps focus, clicks and
 * assistive technology to itself. What was inert before stays inert after.
 */
export function useInertOutside(ref: RefObject<HTMLElement | null>): void {
  useEffect(
    function makeTheRestInert() {
      const own = ref.current;
      if (!own) return;
      const others = [...document.body.children].filter(
        (element): element is HTMLElement =>
          element instanceof HTMLElement && element !== own && !element.inert,
      );
      for (const element of others) element.inert = true;
      return function freeTheRest() {
        for (const element of others) element.inert = false;
      };
    },
    [ref],
  );
}
