/**
 * The keyboard model of the WAI-ARIA APG "combobox with listbox popup, list autocomplete
 * (manual selection)": the text field keeps DOM focus, `active` says which option has visual
 * focus (aria-activedescendant).
 */
export interface ComboboxState {
  readonly query: string;
  /** The listbox may show: it does when there are suggestions for the query. */
  readonly open: boolean;
  /** The option with visual focus; -1 when it is on the text field. */
  readonly active: number;
}

export const initialComboboxState: ComboboxState = { query: '', open: false, active: -1 };

export type ComboboxAction =
  | { type: 'type'; query: string }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'clear' }
  /** To the next (1) or previous (-1) option, wrapping round; `count` options are shown. */
  | { type: 'move'; step: 1 | -1; count: number }
  /** Visual focus back to the text field, where the caret keys work. */
  | { type: 'release' }
  | { type: 'choose'; index: number };

export function reduceCombobox(state: ComboboxState, action: ComboboxAction): ComboboxState {
  switch (action.type) {
    case 'type':
      return { query: action.query, open: action.query.trim() !== '', active: -1 };
    case 'open':
      return { ...state, open: true };
    case 'close':
      return { ...state, open: false, active: -1 };
    case 'clear':
    case 'choose':
      return initialComboboxState;
    case 'move': {
      if (action.count <= 0) return { ...state, open: true, active: -1 };
      const from = state.open ? state.active : -1;
      const active =
        from < 0 || from >= action.count
          ? action.step > 0
            ? 0
            : action.count - 1
          : (from + action.step + action.count) % action.count;
      return { ...state, open: true, active };
    }
    case 'release':
      return { ...state, active: -1 };
  }
}

/** The option with visual focus among `count` shown, or -1. */
export function activeIndex(state: ComboboxState, count: number): number {
  return state.open && state.active < count ? state.active : -1;
}

export interface KeyInput {
  readonly key: string;
  readonly altKey: boolean;
}

export interface KeyOutcome {
  readonly action: ComboboxAction;
  /** False where the browser's own caret movement must still happen. */
  readonly preventDefault: boolean;
}

const handled = (action: ComboboxAction): KeyOutcome => ({ action, preventDefault: true });

/** What a key pressed in the text field does, with `count` suggestions; null: not ours. */
export function keyAction(state: ComboboxState, input: KeyInput, count: number): KeyOutcome | null {
  const shown = state.open && count > 0;
  const active = activeIndex(state, count);
  switch (input.key) {
    case 'ArrowDown':
      return handled(input.altKey ? { type: 'open' } : { type: 'move', step: 1, count });
    case 'ArrowUp':
      return handled(input.altKey ? { type: 'close' } : { type: 'move', step: -1, count });
    case 'Enter':
      return shown && active >= 0 ? handled({ type: 'choose', index: active }) : null;
    case 'Escape':
      if (shown) return handled({ type: 'close' });
      return state.query !== '' ? handled({ type: 'clear' }) : null;
    case 'Home':
    case 'End':
    case 'ArrowLeft':
    case 'ArrowRight':
      return active >= 0 ? { action: { type: 'release' }, preventDefault: false } : null;
    default:
      return null;
  }
}
