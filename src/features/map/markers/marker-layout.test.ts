import { describe, expect, it } from 'vitest';
import { distanceKm, firstViewPlaces, spreadMarkers, type ScreenPoint } from './marker-layout';

function minGap(points: readonly ScreenPoint[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      min = Math.min(min, Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)));
    }
  }
  return min;
}

describe('spreadMarkers', () => {
  it.each<[string, ScreenPoint[]]>([
    [
      'two overlapping',
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 5, y: 0 },
      ],
    ],
    [
      'three on one spot',
      [
        { id: 'a', x: 10, y: 10 },
        { id: 'b', x: 10, y: 10 },
        { id: 'c', x: 10, y: 10 },
      ],
    ],
    [
      'a tight crowd',
      Array.from({ length: 20 }, (_, i) => ({
        id: `p${i}`,
        x: (i % 5) * 3,
        y: Math.floor(i / 5) * 3,
      })),
    ],
    [
      'two diagonal neighbours',
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 20, y: 20 },
      ],
    ],
  ])('%s end with no overlap of their square boxes', (_, points) => {
    expect(minGap(spreadMarkers(points, 30))).toBeGreaterThanOrEqual(30);
  });

  it('leaves points that are far enough apart where they are', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 100, y: 0 },
    ];
    expect(spreadMarkers(points, 30)).toEqual(points);
  });

  it('is deterministic and does not mutate its input', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 0, y: 0 },
    ];
    expect(spreadMarkers(points, 30)).toEqual(spreadMarkers(points, 30));
    expect(points[0]).toEqual({ id: 'a', x: 0, y: 0 });
  });
});

describe('distanceKm', () => {
  it.each([
    ['Poznań–Berlin', { lat: 52.4064, lng: 16.9252 }, { lat: 52.52, lng: 13.405 }, 235, 245],
    ['Hanover–Laatzen', { lat: 52.3759, lng: 9.732 }, { lat: 52.3096, lng: 9.8128 }, 5, 15],
    [
      'Poznań–Takasaki',
      { lat: 52.4064, lng: 16.9252 },
      { lat: 36.3219, lng: 139.0033 },
      8500,
      8900,
    ],
  ])('%s', (_, a, b, min, max) => {
    const km = distanceKm(a, b);
    expect(km).toBeGreaterThan(min);
    expect(km).toBeLessThan(max);
  });
});

describe('firstViewPlaces', () => {
  it('frames the hub and the cities near it', () => {
    const hub = { lat: 52.4, lng: 16.9 };
    const near = { lat: 52.5, lng: 13.4 };
    const far = { lat: 36.3, lng: 139 };
    expect(firstViewPlaces(hub, [near, far], 4000)).toEqual([hub, near]);
  });
});

describe('spreadMarkers at scale', () => {
  it('parts a crowd of 400 markers with no overlap left', () => {
    // A pseudo-random crowd (fixed), dense but with room for every marker.
    const points = Array.from({ length: 400 }, (_, i) => ({
      id: `p${i}`,
      x: (i * 7919) % 900,
      y: (i * 104729) % 900,
    }));
    expect(minGap(spreadMarkers(points, 30))).toBeGreaterThanOrEqual(30);
  });
});
