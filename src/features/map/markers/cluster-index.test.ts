import { describe, expect, it } from 'vitest';
import { buildClusterIndex, itemsInView } from './cluster-index';
import type { MapCity } from '../map-city';

function city(id: string, lat: number, lng: number, visits = 1): MapCity {
  return {
    id,
    lat,
    lng,
    visits,
    incoming: visits,
    outgoing: 0,
    kind: 'partner',
    name: id,
    country: 'DE',
  };
}

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
const MAX_ZOOM = 12;

describe('itemsInView', () => {
  // Berlin and Potsdam lie 27 km apart, Rathenow 70 km west of them; Tokyo is far from all three.
  const cities = [
    city('berlin', 52.52, 13.4, 5),
    city('potsdam', 52.39, 13.06, 2),
    city('rathenow', 52.6, 12.34, 9),
    city('tokyo', 35.68, 139.69, 1),
  ];
  const index = buildClusterIndex(cities, 48, MAX_ZOOM);

  it.each<[string, number, string[]]>([
    ['the whole world: the three German cities are one group', 2, ['cluster:3', 'tokyo']],
    ['a country: still one group', 5, ['cluster:3', 'tokyo']],
    ['a region: Rathenow parts from Berlin and Potsdam', 7, ['cluster:2', 'rathenow', 'tokyo']],
    [
      'the closest zoom: every city on its own',
      MAX_ZOOM,
      ['berlin', 'potsdam', 'rathenow', 'tokyo'],
    ],
  ])('%s (zoom %d)', (_, zoom, expected) => {
    const items = itemsInView(index, cities, WORLD, zoom).map((item) =>
      item.type === 'city' ? item.city.id : `cluster:${item.count}`,
    );
    expect(items.sort()).toEqual(expected);
  });

  it('names a cluster by its cities with the most visits, most first', () => {
    const cluster = itemsInView(index, cities, WORLD, 2).find((item) => item.type === 'cluster');
    expect(cluster?.type === 'cluster' && cluster.top.map((c) => c.id)).toEqual([
      'rathenow',
      'berlin',
      'potsdam',
    ]);
  });

  it('keeps to the box it is asked for', () => {
    const items = itemsInView(index, cities, [100, 20, 160, 50], 2);
    expect(items.map((item) => item.type === 'city' && item.city.id)).toEqual(['tokyo']);
  });

  it('holds 10,000 cities, each either shown or inside a cluster', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      city(`c${i}`, 35 + ((i * 7919) % 2000) / 100, -10 + ((i * 104729) % 5000) / 100),
    );
    const items = itemsInView(buildClusterIndex(many, 48, MAX_ZOOM), many, WORLD, 4);
    const total = items.reduce((sum, item) => sum + (item.type === 'city' ? 1 : item.count), 0);
    expect(total).toBe(10_000);
    expect(items.length).toBeLessThan(500);
  });
});
