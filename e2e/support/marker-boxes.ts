import type { Page } from '@playwright/test';

export interface Box {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The on-screen boxes of every marker and off-screen sign that lies at least partly inside the map. */
export function markerBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const container = document.querySelector('.cooperation-map')!.getBoundingClientRect();
    return [
      ...document.querySelectorAll<HTMLElement>(
        '.leaflet-marker-icon, .offscreen-sign, .offscreen-signs__toggle',
      ),
    ]
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(
        ({ rect }) =>
          rect.right > container.left &&
          rect.left < container.right &&
          rect.bottom > container.top &&
          rect.top < container.bottom,
      )
      .map(({ element, rect }) => ({
        label: element.getAttribute('aria-label') ?? element.textContent ?? element.className,
        x: rect.x,
        y: rect.y,
        width: rect.width,
        height: rect.height,
      }));
  });
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every pair of boxes that overlap, named. */
export function collisions(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (overlaps(a, b)) found.push(`${a.label} × ${b.label}`);
    }),
  );
  return found;
}

/** The boxes smaller than `min` CSS pixels either way (WCAG 2.5.8 asks for 24). */
export function tooSmall(boxes: readonly Box[], min: number): string[] {
  return boxes.filter((box) => box.width < min || box.height < min).map((box) => box.label);
}
