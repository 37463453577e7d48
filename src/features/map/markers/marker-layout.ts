export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/** A grid key for cell (x, y); exact for any cell index a projected map point can have. */
function cellKey(x: number, y: number): number {
  return (x + 2 ** 24) * 2 ** 26 + (y + 2 ** 24);
}

/**
 * Moves markers apart, as little as it can, until no two square markers of side `minDistance`
 * overlap (their centres differ by at least that much along x or y). Markers keep their true
 * place when nothing crowds them; moved ones get a leader line. Deterministic.
 *
 * Each round buckets the markers in a grid of `minDistance` cells, so only neighbours are
 * compared: the cost grows with the number of markers, not with its square.
 */
export function spreadMarkers(
  points: readonly ScreenPoint[],
  minDistance: number,
  maxRounds = 300,
): ScreenPoint[] {
  const placed = points.map((point) => ({ ...point }));
  const cellOf = (value: number) => Math.floor(value / minDistance);
  for (let round = 0; round < maxRounds; round++) {
    const grid = new Map<number, number[]>();
    placed.forEach((point, index) => {
      const key = cellKey(cellOf(point.x), cellOf(point.y));
      const cell = grid.get(key);
      if (cell) cell.push(index);
      else grid.set(key, [index]);
    });
    let moved = false;
    for (let i = 0; i < placed.length; i++) {
      const a = placed[i]!;
      const cx = cellOf(a.x);
      const cy = cellOf(a.y);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(cellKey(gx, gy)) ?? []) {
            if (j <= i) continue;
            if (separate(a, placed[j]!, j, minDistance)) moved = true;
          }
        }
      }
    }
    // A pair that came close in cells not compared this round is caught in the next one,
    // which runs because something moved.
    if (!moved) break;
  }
  return placed;
}

/** Pushes two markers apart when they overlap; whether they did. */
function separate(a: ScreenPoint, b: ScreenPoint, order: number, minDistance: number): boolean {
  let dx = b.x - a.x;
  let dy = b.y - a.y;
  let gap = Math.max(Math.abs(dx), Math.abs(dy));
  if (gap >= minDistance) return false;
  if (gap < 1e-6) {
    // Same spot: part them along a direction fixed by their order.
    const angle = (order * 2.399963) % (2 * Math.PI);
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
  return true;
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
