import { useRef, useState, type PointerEvent, type ReactNode, type RefObject } from 'react';
import {
  dragOffset,
  isDrag,
  releaseVelocity,
  restAfterDrag,
  VELOCITY_WINDOW_MS,
  type FingerPoint,
  type SheetRest,
} from './sheet-drag';
import './bottom-sheet.css';

export interface SheetControl {
  /** Resting at the peek or expanded; `city` while a city's panel fills it (no handle then). */
  rest: SheetRest | 'city';
  onRest: (rest: SheetRest) => void;
  /** The handle's name: what expanding the sheet shows. */
  handleLabel: string;
}

interface BottomSheetProps {
  id: string;
  className: string;
  label: string;
  hidden: boolean;
  /** On narrow screens: a bottom sheet over the map, with a handle. Null: a plain panel. */
  sheet: SheetControl | null;
  children: ReactNode;
}

/**
 * The panel beside the map, which on narrow screens is a sheet over its bottom: a handle to
 * press (the accessible way) or drag between the peek and the whole panel. Never modal: the
 * map above the peek and the page around stay in the Tab order.
 */
export function BottomSheet({ id, className, label, hidden, sheet, children }: BottomSheetProps) {
  const sheetRef = useRef<HTMLElement>(null);
  /** The sheet's top while a finger drags it, in pixels from its expanded place. */
  const [draggedTo, setDraggedTo] = useState<number | null>(null);
  return (
    <section
      id={id}
      ref={sheetRef}
      className={sheet ? `${className} bottom-sheet` : className}
      aria-label={label}
      hidden={hidden}
      data-rest={sheet?.rest}
      data-dragging={draggedTo !== null}
      style={draggedTo !== null ? { top: `${draggedTo}px` } : undefined}
    >
      {sheet && sheet.rest !== 'city' && (
        <SheetHandle
          rest={sheet.rest}
          onRest={sheet.onRest}
          label={sheet.handleLabel}
          controls={id}
          sheetRef={sheetRef}
          onDrag={setDraggedTo}
        />
      )}
      {children}
    </section>
  );
}

interface DragStart {
  pointerId: number;
  from: SheetRest;
  startY: number;
  range: number;
  /** The finger's recent positions, oldest first: its speed when it lifts. */
  points: FingerPoint[];
  dragging: boolean;
}

function SheetHandle({
  rest,
  onRest,
  label,
  controls,
  sheetRef,
  onDrag,
}: {
  rest: SheetRest;
  onRest: (rest: SheetRest) => void;
  label: string;
  controls: string;
  sheetRef: RefObject<HTMLElement | null>;
  onDrag: (top: number | null) => void;
}) {
  const drag = useRef<DragStart | null>(null);
  /** A drag ends with the button's click, which must not toggle the sheet back. */
  const dragEnded = useRef(false);

  function onPointerDown(event: PointerEvent<HTMLButtonElement>) {
    const sheet = sheetRef.current;
    const room = sheet?.offsetParent;
    dragEnded.current = false;
    if (!sheet || !room || !event.isPrimary || event.button !== 0) return;
    // The sheet never gets shorter than its peek: its min-height.
    const peek = parseFloat(getComputedStyle(sheet).minHeight) || 0;
    drag.current = {
      pointerId: event.pointerId,
      from: rest,
      startY: event.clientY,
      range: Math.max(0, room.clientHeight - peek),
      points: [{ y: event.clientY, time: event.timeStamp }],
      dragging: false,
    };
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const travel = event.clientY - current.startY;
    const time = event.timeStamp;
    current.points = current.points.filter((point) => time - point.time <= VELOCITY_WINDOW_MS);
    current.points.push({ y: event.clientY, time });
    if (!current.dragging && !isDrag(travel)) return;
    current.dragging = true;
    onDrag(dragOffset({ from: current.from, travel, range: current.range }));
  }

  function onPointerUp(event: PointerEvent<HTMLButtonElement>) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    if (!current.dragging) return;
    dragEnded.current = true;
    onDrag(null);
    onRest(
      restAfterDrag({
        from: current.from,
        travel: event.clientY - current.startY,
        range: current.range,
        velocity: releaseVelocity(current.points),
      }),
    );
  }

  function onPointerCancel() {
    drag.current = null;
    onDrag(null);
  }

  return (
    <button
      type="button"
      className="bottom-sheet__handle"
      aria-expanded={rest === 'expanded'}
      aria-controls={controls}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onClick={() => {
        if (dragEnded.current) {
          dragEnded.current = false;
          return;
        }
        onRest(rest === 'expanded' ? 'peek' : 'expanded');
      }}
    >
      <span className="bottom-sheet__grip" aria-hidden="true" />
      <span className="bottom-sheet__label">
        {label}
        <span className="bottom-sheet__chevron" aria-hidden="true" />
      </span>
    </button>
  );
}
