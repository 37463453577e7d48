/**
 * Whether this tab had a file open: a reload goes straight back to the working copy, while a
 * new visit first shows the start screen (which offers the working copy among the ways).
 */
const KEY = 'poznan-cooperation-editor:open-in-this-tab';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function wasOpenInThisTab(): boolean {
  try {
    return sessionStore()?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function markOpenInThisTab(open: boolean): void {
  try {
    if (open) sessionStore()?.setItem(KEY, '1');
    else sessionStore()?.removeItem(KEY);
  } catch {
    // Without session storage a reload shows the start screen, with the working copy offered.
  }
}
