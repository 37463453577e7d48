import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import type { FocusBack } from '../../ui/focus-back';
import { CityButton } from './city-button';
import type { CityGroup } from './group-cities';

/** Rows drawn beyond the visible ones, so Tab always finds the next city in the page. */
const OVERSCAN = 12;
const HEADING_HEIGHT = 44;
const CITY_HEIGHT = 52;
/** Frames to wait for a row scrolled to before giving up on it. */
const DRAW_FRAMES = 30;

type Row =
  | { type: 'heading'; key: string; label: string }
  | { type: 'city'; group: CityGroup; index: number };

/** Focuses the button once the list has drawn it, looking for a few frames; false if it never is. */
function focusOnceDrawn(find: () => HTMLElement | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    let tries = 0;
    const look = () => {
      const button = find();
      if (button) {
        button.focus();
        resolve(true);
      } else if ((tries += 1) < DRAW_FRAMES) requestAnimationFrame(look);
      else resolve(false);
    };
    requestAnimationFrame(look);
  });
}

/** A ref keeping a drawn row's button under its city while it is in the page. */
function keepIn(buttons: RefObject<Map<string, HTMLButtonElement>>, cityId: string) {
  return function keepButton(button: HTMLButtonElement) {
    buttons.current.set(cityId, button);
    return function forgetButton() {
      if (buttons.current.get(cityId) === button) buttons.current.delete(cityId);
    };
  };
}

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
}: {
  groups: readonly CityGroup[];
  headingIdPrefix: string;
  scrollRef: RefObject<HTMLElement | null>;
  /** Gets the way back to the city's row, which scrolls it into the page again first. */
  onOpenCity: (cityId: string, focusBack: FocusBack) => void;
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

  /** The drawn rows' buttons by city; a row leaves the page once it scrolls out of sight. */
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // A row that opened a panel has left the page by the time the panel closes (the list was
  // hidden under it): the way back scrolls it in with the rows and the list of that moment.
  const focusRow = useRef<(cityId: string) => boolean | Promise<boolean>>(() => false);
  useEffect(function keepFocusRowCurrent() {
    focusRow.current = (cityId) => {
      const index = rows.findIndex(
        (row) => row.type === 'city' && row.group.cities[row.index]!.id === cityId,
      );
      if (index < 0) return false;
      virtualizer.scrollToIndex(index, { align: 'center' });
      return focusOnceDrawn(() => buttons.current.get(cityId));
    };
    return function forgetRows() {
      focusRow.current = () => false;
    };
  });
  const openFromRow = useCallback(
    (cityId: string) => onOpenCity(cityId, () => focusRow.current(cityId)),
    [onOpenCity],
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
              <CityButton
                city={row.group.cities[row.index]!}
                onOpenCity={openFromRow}
                ref={keepIn(buttons, row.group.cities[row.index]!.id)}
              />
            )}
          </div>
        );
      })}
    </div>
  );
}
