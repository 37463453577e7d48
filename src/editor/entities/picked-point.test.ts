import { describe, expect, it } from 'vitest';
import { pickedPoint, pickerView, validPoint, type Point } from './picked-point';

describe('pickedPoint', () => {
  it.each<[string, Point, Point]>([
    ['rounds to four decimals', { lat: 52.520008, lng: 13.404954 }, { lat: 52.52, lng: 13.405 }],
    [
      'keeps a point already rounded',
      { lat: 54.6872, lng: 25.2797 },
      { lat: 54.6872, lng: 25.2797 },
    ],
    [
      'rounds halves away from the lower value',
      { lat: 1.00005, lng: -1.00004 },
      { lat: 1.0001, lng: -1 },
    ],
    [
      'wraps a click east of the first world',
      { lat: 10, lng: 196.9252 },
      { lat: 10, lng: -163.0748 },
    ],
    [
      'wraps a click west of the first world',
      { lat: 10, lng: -343.0748 },
      { lat: 10, lng: 16.9252 },
    ],
    ['wraps two worlds away', { lat: 0, lng: 736 }, { lat: 0, lng: 16 }],
    ['keeps the antimeridian on the side clicked', { lat: 0, lng: 180 }, { lat: 0, lng: 180 }],
    ['keeps -180', { lat: 0, lng: -180 }, { lat: 0, lng: -180 }],
    ['clamps lat above the pole', { lat: 91.2, lng: 0 }, { lat: 90, lng: 0 }],
    ['clamps lat below the pole', { lat: -95, lng: 0 }, { lat: -90, lng: 0 }],
    ['shows no negative zero', { lat: -0.00001, lng: -0.00002 }, { lat: 0, lng: 0 }],
  ])('%s', (_, clicked, expected) => {
    const picked = pickedPoint(clicked);
    expect(picked).toEqual(expected);
    expect(Object.is(picked.lat, -0) || Object.is(picked.lng, -0)).toBe(false);
  });
});

describe('validPoint', () => {
  it.each<[string, unknown, unknown, Point | null]>([
    ['two numbers on the globe', 52.4, 16.9, { lat: 52.4, lng: 16.9 }],
    ['the poles and the antimeridian', -90, 180, { lat: -90, lng: 180 }],
    ['text typed with a decimal comma', '52,4', 16.9, null],
    ['a missing lng', 52.4, undefined, null],
    ['lat beyond the pole', 90.5, 0, null],
    ['lng beyond the antimeridian', 0, -180.1, null],
    ['not a number', Number.NaN, 0, null],
  ])('%s', (_, lat, lng, expected) => {
    expect(validPoint(lat, lng)).toEqual(expected);
  });
});

describe('pickerView', () => {
  const berlin = { lat: 52.52, lng: 13.405 };
  const poznan = { lat: 52.4064, lng: 16.9252 };
  it.each<[string, Point | null, Point | null, ReturnType<typeof pickerView>]>([
    ['the city, close up', berlin, poznan, { center: berlin, zoom: 5 }],
    ['the hub, when the city has no point yet', null, poznan, { center: poznan, zoom: 3 }],
    ['the world, when neither has one', null, null, { center: { lat: 20, lng: 0 }, zoom: 1 }],
  ])('%s', (_, city, hub, expected) => {
    expect(pickerView(city, hub)).toEqual(expected);
  });
});
