import { describe, expect, it } from 'vitest';
import {
  arcWeight,
  distanceKm,
  greatCirclePoints,
  MAX_ARC_WEIGHT,
  MIN_ARC_WEIGHT,
  type LatLng,
} from './great-circle';

const POZNAN = { lat: 52.4064, lng: 16.9252 };
const BERLIN = { lat: 52.52, lng: 13.405 };
const TAKASAKI = { lat: 36.3219, lng: 139.0033 };
const TOLEDO = { lat: 41.6528, lng: -83.5379 };
const NABLUS = { lat: 32.2211, lng: 35.2544 };
const SUVA = { lat: -18.1416, lng: 178.4419 };
const APIA = { lat: -13.8333, lng: -171.7667 };

const toLatLng = ([lat, lng]: [number, number]): LatLng => ({ lat, lng });

function steps(points: [number, number][]): number[] {
  return points.slice(1).map((point, n) => point[1] - points[n]![1]);
}

describe('greatCirclePoints', () => {
  it.each<[string, LatLng, LatLng, number]>([
    ['Poznań to Berlin', POZNAN, BERLIN, 4],
    ['Poznań to Nablus', POZNAN, NABLUS, 28],
    ['Poznań to Takasaki', POZNAN, TAKASAKI, 64],
    ['Poznań to Toledo', POZNAN, TOLEDO, 64],
    ['Takasaki to Toledo', TAKASAKI, TOLEDO, 64],
    ['Suva to Apia', SUVA, APIA, 13],
  ])('%s: starts and ends on the cities, about a point per 100 km', (_, from, to, count) => {
    const points = greatCirclePoints(from, to);
    expect(points).toHaveLength(count);
    expect(points[0]).toEqual([from.lat, from.lng]);
    const [lat, lng] = points.at(-1)!;
    expect(lat).toBe(to.lat);
    expect((((lng - to.lng) % 360) + 360) % 360).toBe(0);
    expect(Math.max(...steps(points).map(Math.abs))).toBeLessThan(180);
  });

  it.each<[string, LatLng, LatLng, number]>([
    ['east across the antimeridian', { lat: 35, lng: 170 }, { lat: 35, lng: -170 }, 190],
    ['west across the antimeridian', { lat: -20, lng: -179 }, { lat: -20, lng: 179 }, -181],
    ['Suva to Apia', SUVA, APIA, APIA.lng + 360],
    ['Takasaki to Toledo, over the Pacific', TAKASAKI, TOLEDO, TOLEDO.lng + 360],
  ])('%s: one unbroken line leaving -180..180', (_, from, to, lastLng) => {
    const points = greatCirclePoints(from, to);
    expect(points.at(-1)![1]).toBeCloseTo(lastLng, 10);
    const moves = steps(points);
    expect(moves.every((move) => Math.sign(move) === Math.sign(moves[0]!))).toBe(true);
  });

  it('runs along a meridian in even steps', () => {
    const points = greatCirclePoints({ lat: 0, lng: 20 }, { lat: 60, lng: 20 }, 6);
    points.forEach(([lat, lng], n) => {
      expect(lat).toBeCloseTo(n * 10, 10);
      expect(lng).toBeCloseTo(20, 10);
    });
  });

  it('bows north between Poznań and Takasaki', () => {
    const [, middle] = greatCirclePoints(POZNAN, TAKASAKI, 2);
    expect(middle![0]).toBeGreaterThan(POZNAN.lat + 5);
    expect(middle![1]).toBeGreaterThan(POZNAN.lng);
    expect(middle![1]).toBeLessThan(TAKASAKI.lng);
  });

  it('crosses the Equator halfway along it', () => {
    const [, middle] = greatCirclePoints({ lat: 0, lng: 10 }, { lat: 0, lng: 50 }, 2);
    expect(middle![0]).toBeCloseTo(0, 10);
    expect(middle![1]).toBeCloseTo(30, 10);
  });

  it('spaces the points evenly along the shortest way', () => {
    const points = greatCirclePoints(POZNAN, TOLEDO).map(toLatLng);
    const legs = points.slice(1).map((point, n) => distanceKm(points[n]!, point));
    const total = distanceKm(POZNAN, TOLEDO);
    for (const leg of legs) expect(leg).toBeCloseTo(total / legs.length, 6);
  });

  it('goes over the North Pole between antipodes', () => {
    const points = greatCirclePoints({ lat: 0, lng: 0 }, { lat: 0, lng: 180 }, 2);
    expect(points[1]![0]).toBeCloseTo(90, 10);
    expect(points.flat().every(Number.isFinite)).toBe(true);
  });

  it.each<number | undefined>([undefined, 10])(
    'gives two points for one place (segments %s)',
    (segments) => {
      expect(greatCirclePoints(POZNAN, POZNAN, segments)).toEqual([
        [POZNAN.lat, POZNAN.lng],
        [POZNAN.lat, POZNAN.lng],
      ]);
    },
  );

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %s segments, naming the value',
    (segments) => {
      expect(() => greatCirclePoints(POZNAN, BERLIN, segments)).toThrow(
        new RangeError(`Invalid number of segments: ${segments}`),
      );
    },
  );
});

describe('distanceKm', () => {
  it.each<[LatLng, LatLng, number]>([
    [POZNAN, BERLIN, 240],
    [POZNAN, TAKASAKI, 8616],
    [{ lat: 0, lng: 0 }, { lat: 0, lng: 180 }, 20015],
    [POZNAN, POZNAN, 0],
  ])('%j to %j: about %s km', (from, to, km) => {
    expect(Math.abs(distanceKm(from, to) - km)).toBeLessThan(km * 0.01 + 1);
  });
});

describe('arcWeight', () => {
  it.each<[number, number, number]>([
    [0, 10, MIN_ARC_WEIGHT],
    [0, 0, MIN_ARC_WEIGHT],
    [3, 0, MIN_ARC_WEIGHT],
    [-1, 10, MIN_ARC_WEIGHT],
    [Number.NaN, 10, MIN_ARC_WEIGHT],
    [1, 4, 3.75],
    [4, 16, 3.75],
    [10, 10, MAX_ARC_WEIGHT],
    [1, 1, MAX_ARC_WEIGHT],
    [20, 10, MAX_ARC_WEIGHT],
  ])('%s visits of at most %s -> %s px', (visits, maxVisits, weight) => {
    expect(arcWeight(visits, maxVisits)).toBeCloseTo(weight, 10);
  });

  it('grows with every visit, by less each time', () => {
    const weights = Array.from({ length: 51 }, (_, visits) => arcWeight(visits, 50));
    const gains = weights.slice(1).map((weight, n) => weight - weights[n]!);
    expect(gains.every((gain) => gain > 0)).toBe(true);
    expect(gains.slice(1).every((gain, n) => gain < gains[n]!)).toBe(true);
    expect(weights[0]).toBe(MIN_ARC_WEIGHT);
    expect(weights[50]).toBe(MAX_ARC_WEIGHT);
  });
});
