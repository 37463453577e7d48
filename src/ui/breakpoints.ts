/** Below this width the filters fold behind a button and the panel becomes a bottom sheet. */
export const NARROW = '(max-width: 56rem)';
