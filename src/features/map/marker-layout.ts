export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * Moves markers apart, as little as it can, until no two centres are closer than `minDistance`
 * pixels. Markers keep their true place when nothing crowds them; moved ones get a leader line.
 * Deterministic: the same input gives the same layout.
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
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance) continue;
        if (distance < 1e-6) {
          // Same spot: part them along a direction fixed by their order.
          const angle = (j * 2.399963) % (2 * Math.PI);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        // Push each half the overlap, plus a hair so rounding cannot leave them touching.
        const push = (minDistance - distance) / 2 + 0.01;
        const ux = dx / distance;
        const uy = dy / distance;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
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
