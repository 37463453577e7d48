import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { CityButton } from './city-button';
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
}: {
  groups: readonly CityGroup[];
  headingIdPrefix: string;
  scrollRef: RefObject<HTMLElement | null>;
  onOpenCity: (cityId: string) => void;
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
