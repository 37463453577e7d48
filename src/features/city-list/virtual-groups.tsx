import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { CityButton } from './city-button';
import type { RowFocusRequest } from './row-focus';
import type { CityGroup } from './group-cities';

/** Rows drawn beyond the visible ones, so Tab always finds the next city in the page. */
const OVERSCAN = 12;
const HEADING_HEIGHT = 44;
const CITY_HEIGHT = 52;

type Row =
  | { type: 'heading'; key: string; label: string }
  | { type: 'city'; group: CityGroup; index: number };

/**
 * The grouped list for thousands of cities: only the rows near the visible part of
 * `scrollRef` are in the page. Each row keeps its heading or button semantics; moving focus
 * with Tab scrolls the next rows in.
 */
export function VirtualGroups({
  groups,
  headingIdPrefix,
  scrollRef,
  onOpenCity,
  rowFocus,
  onRowFocusDone,
}: {
  groups: readonly CityGroup[];
  headingIdPrefix: string;
  scrollRef: RefObject<HTMLElement | null>;
  onOpenCity: (cityId: string) => void;
  rowFocus: RowFocusRequest | null;
  /** Called once per request: whether the row took focus. */
  onRowFocusDone?: (focused: boolean) => void;
}) {
  const rows = useMemo(
    () =>
      groups.flatMap((group): Row[] => [
        { type: 'heading', key: group.key, label: group.label },
        ...group.cities.map((_, index): Row => ({ type: 'city', group, index })),
      ]),
    [groups],
  );
  const bodyRef = useRef<HTMLDivElement>(null);
  // Where the rows start in the scrolling box: below the list's header, whose height changes
  // with the language and the width, and is 0 while the box is hidden (a city's panel open).
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(function followOffset() {
    const body = bodyRef.current;
    if (!body) return;
    const measure = () => setScrollMargin(body.offsetTop);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(body.parentElement ?? body);
    return function stopFollowing() {
      observer.disconnect();
    };
  }, []);

  // The app does not use the React Compiler, which is what this rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.type === 'heading' ? HEADING_HEIGHT : CITY_HEIGHT),
    getItemKey: (index) => {
      const row = rows[index]!;
      return row.type === 'heading' ? `group-${row.key}` : row.group.cities[row.index]!.id;
    },
    overscan: OVERSCAN,
    scrollMargin,
  });

  useEffect(function rereadScrollWhenShownAgain() {
    const box = scrollRef.current;
    if (!box) return;
    // Hidden under a city's panel (display: none), the box loses its scroll position without
    // a scroll event: the virtualizer would draw the rows of the old position.
    let shown = box.clientHeight > 0;
    const observer = new ResizeObserver(() => {
      const now = box.clientHeight > 0;
      if (now && !shown) box.dispatchEvent(new Event('scroll'));
      shown = now;
    });
    observer.observe(box);
    return () => observer.disconnect();
    // The box is the same element for the list's whole life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(
    function focusRequestedRow() {
      if (!rowFocus) return;
      const index = rows.findIndex(
        (row) => row.type === 'city' && row.group.cities[row.index]!.id === rowFocus.cityId,
      );
      if (index < 0) {
        onRowFocusDone?.(false);
        return;
      }
      virtualizer.scrollToIndex(index, { align: 'center' });
      // The row is drawn once the list has scrolled: look for it for a few frames.
      let frame = 0;
      let tries = 0;
      const focusRow = () => {
        const button = bodyRef.current?.querySelector<HTMLElement>(
          `[data-city-id="${CSS.escape(rowFocus.cityId)}"]`,
        );
        if (button) {
          button.focus();
          onRowFocusDone?.(true);
        } else if ((tries += 1) < 30) frame = requestAnimationFrame(focusRow);
        else onRowFocusDone?.(false);
      };
      frame = requestAnimationFrame(focusRow);
      return () => cancelAnimationFrame(frame);
    },
    // Only for a new request (each is handled once: the caller then clears it); the rows and
    // the virtualizer are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rowFocus],
  );

  return (
    <div
      ref={bodyRef}
      className="city-list__virtual"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]!;
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="city-list__row"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            {row.type === 'heading' ? (
              <h3 id={`${headingIdPrefix}-${row.key}`}>{row.label}</h3>
            ) : (
              <CityButton city={row.group.cities[row.index]!} onOpenCity={onOpenCity} />
            )}
          </div>
        );
      })}
    </div>
  );
}
