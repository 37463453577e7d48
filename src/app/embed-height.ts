import { useEffect } from 'react';

export const HEIGHT_MESSAGE = 'poznan-cooperation-map:height';

/** The height an embedded map wants for its width: a map is readable at about 3:2. */
export function wantedHeight(width: number): number {
  if (width < 600) return 640;
  return Math.round(Math.min(860, Math.max(520, width * 0.6 + 120)));
}

/**
 * The host page's origin, from the referrer the iframe was loaded with: messages go there
 * and nowhere else. Null when the host sends no referrer (then the height stays fixed).
 */
export function hostOrigin(referrer: string = document.referrer): string | null {
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

/** In embed mode, tells the host page's embed.js the height the map wants, on every resize. */
export function usePostHeight(enabled: boolean): void {
  useEffect(
    function postHeight() {
      const target = hostOrigin();
      if (!enabled || target === null || window.parent === window) return;
      const post = () =>
        window.parent.postMessage(
          { type: HEIGHT_MESSAGE, height: wantedHeight(document.documentElement.clientWidth) },
          target,
        );
      post();
      const observer = new ResizeObserver(post);
      observer.observe(document.documentElement);
      return () => observer.disconnect();
    },
    [enabled],
  );
}
