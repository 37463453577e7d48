export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * Moves markers apart, as little as it can, until no two square markers of side `minDistance`
 * overlap (their centres differ by at least that much along x or y). Markers keep their true
 * place when nothing crowds them; moved ones get a leader line. Deterministic.
 */
export function spreadMarkers(
  points: readonly ScreenPoint[],
  minDistance: number,
  maxRounds = 300,
): ScreenPoint[] {
  const placed = points.map((point) => ({ ...point }));
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let gap = Math.max(Math.abs(dx), Math.abs(dy));
        if (gap >= minDistance) continue;
        if (gap < 1e-6) {
          // Same spot: part them along a direction fixed by their order.
          const angle = (j * 2.399963) % (2 * Math.PI);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          gap = Math.max(Math.abs(dx), Math.abs(dy));
        }
        // Move both along the line between them, half the shortfall each, plus a hair for rounding.
        const factor = (minDistance - gap) / 2 / gap + 0.001;
        a.x -= dx * factor;
        a.y -= dy * factor;
        b.x += dx * factor;
        b.y += dy * factor;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return placed;
}

/** Great-circle distance in kilometres. */
export function distanceKm(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The places the first view frames: the home city and every city within `radiusKm` of it.
 * Farther cities are reached through the off-screen signs, so Europe is not shrunk to a dot
 * to fit Toledo and Takasaki.
 */
export function firstViewPlaces<T extends { lat: number; lng: number }>(
  hub: { lat: number; lng: number },
  cities: readonly T[],
  radiusKm: number,
): Array<{ lat: number; lng: number }> {
  return [hub, ...cities.filter((city) => distanceKm(hub, city) <= radiusKm)];
}
