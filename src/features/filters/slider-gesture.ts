/** Keys with which a native slider steps. */
const STEP_KEYS: ReadonlySet<string> = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

/** What a slider is going through: nothing, a press of the pointer, or a run of step keys. */
export type SliderGesture = 'none' | 'pointer' | 'keys';

/** A gesture starts or ends: its changes are one step for the reader (one history entry). */
export type GesturePhase = 'start' | 'end';

/** The slider's events that may start or end a gesture. */
export type SliderEvent =
  | { type: 'pointerdown' }
  | { type: 'pointerup' }
  | { type: 'keydown'; key: string }
  | { type: 'blur' };

/**
 * The gesture after an event. A press lasts until the pointer lifts (a drag, a click on the
 * track); a run of step keys lasts until focus leaves the slider, however long between the keys,
 * or until the pointer presses it.
 */
export function nextGesture(gesture: SliderGesture, event: SliderEvent): SliderGesture {
  switch (event.type) {
    case 'pointerdown':
      return 'pointer';
    case 'pointerup':
      return gesture === 'pointer' ? 'none' : gesture;
    case 'keydown':
      return gesture === 'none' && STEP_KEYS.has(event.key) ? 'keys' : gesture;
    case 'blur':
      return gesture === 'keys' ? 'none' : gesture;
  }
}

/** What to report when the gesture goes from `before` to `after`: the end of one, the start of the next. */
export function gesturePhases(before: SliderGesture, after: SliderGesture): GesturePhase[] {
  if (before === after) return [];
  const phases: GesturePhase[] = [];
  if (before !== 'none') phases.push('end');
  if (after !== 'none') phases.push('start');
  return phases;
}
