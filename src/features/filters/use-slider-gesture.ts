import { useRef } from 'react';
import {
  gesturePhases,
  nextGesture,
  type GesturePhase,
  type SliderEvent,
  type SliderGesture,
} from './slider-gesture';

/**
 * The event handlers with which sliders report their gestures (see nextGesture): spread them on
 * each slider of a group; `onGesture` hears when a gesture starts and when it ends.
 */
export function useSliderGesture(onGesture: (phase: GesturePhase) => void) {
  const gesture = useRef<SliderGesture>('none');
  function report(event: SliderEvent) {
    const before = gesture.current;
    gesture.current = nextGesture(before, event);
    for (const phase of gesturePhases(before, gesture.current)) onGesture(phase);
  }
  return {
    onPointerDown() {
      report({ type: 'pointerdown' });
      // The pointer may lift anywhere, off the slider too.
      function lift() {
        window.removeEventListener('pointerup', lift);
        window.removeEventListener('pointercancel', lift);
        report({ type: 'pointerup' });
      }
      window.addEventListener('pointerup', lift);
      window.addEventListener('pointercancel', lift);
    },
    onKeyDown(event: { key: string }) {
      report({ type: 'keydown', key: event.key });
    },
    onBlur() {
      report({ type: 'blur' });
    },
  };
}
