/**
 * How to put focus back on what opened something (a city's panel), handed over by the feature
 * that drew it: true once focus is there, false when it is gone (the caller then picks another
 * place). A promise when it takes a while, like a row of a long list scrolled back into the page.
 */
export type FocusBack = () => boolean | Promise<boolean>;

/** Focus back on `element`, if it is still in the page and reached by Tab. */
export function focusBackTo(element: HTMLElement | null | undefined): FocusBack {
  return function focusElement() {
    if (!element?.isConnected || element.tabIndex < 0) return false;
    element.focus();
    return true;
  };
}
