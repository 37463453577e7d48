import { describe, expect, it } from 'vitest';
import { contrast } from '../../../testing/contrast';
import {
  arcDetail,
  arcLines,
  arcSegments,
  type ArcDetail,
  type ArcGeometryCache,
  type ArcLine,
} from './arc-lines';
import {
  ARC_OPACITY,
  ARC_STYLES,
  arcDashArray,
  type ArcDirection,
  type CityArcs,
} from './arc-style';
import { COUNTRY_STYLE } from '../basemap/basemap-style';
import { arcWeight, distanceKm, greatCirclePoints, MAX_ARC_WEIGHT } from './great-circle';

const POZNAN = { lat: 52.4064, lng: 16.9252 };
const SEA = '#c9dfee';

function city(cityId: string, lat: number, lng: number, incoming: number, outgoing: number) {
  return { cityId, lat, lng, incoming, outgoing } satisfies CityArcs;
}

const BERLIN = city('berlin', 52.52, 13.405, 0, 3);
const TAKASAKI = city('takasaki', 36.3219, 139.0033, 4, 0);
const KHARKIV = city('kharkiv', 49.9935, 36.2304, 2, 1);
const TOLEDO = city('toledo', 41.6528, -83.5379, 1, 0);

const byKey = (lines: readonly ArcLine[]) => new Map(lines.map((line) => [line.key, line]));

const summary = (arcs: readonly CityArcs[]) =>
  arcLines(POZNAN, arcs).map((line) => [line.key, line.visits, line.weight]);

describe('arcLines', () => {
  it.each<[string, CityArcs[], [string, number, number][]]>([
    ['no city, no line', [], []],
    [
      'one line per direction with visits, widths against the busiest, widest first',
      [BERLIN, TAKASAKI, KHARKIV],
      [
        ['takasaki:incoming', 4, MAX_ARC_WEIGHT],
        ['berlin:outgoing', 3, arcWeight(3, 4)],
        ['kharkiv:incoming', 2, arcWeight(2, 4)],
        ['kharkiv:outgoing', 1, arcWeight(1, 4)],
      ],
    ],
    [
      'a filter leaving Berlin alone makes its line the widest',
      [BERLIN],
      [['berlin:outgoing', 3, MAX_ARC_WEIGHT]],
    ],
    ['a city whose visits are all filtered out draws nothing', [city('assen', 53, 6.5, 0, 0)], []],
    ['a city at the hub itself draws nothing', [city('here', POZNAN.lat, POZNAN.lng, 5, 5)], []],
    [
      'lines of one width keep the order of the cities',
      [TOLEDO, city('kyiv', 50.45, 30.52, 0, 1), BERLIN],
      [
        ['berlin:outgoing', 3, MAX_ARC_WEIGHT],
        ['toledo:incoming', 1, arcWeight(1, 3)],
        ['kyiv:outgoing', 1, arcWeight(1, 3)],
      ],
    ],
  ])('%s', (_, arcs, expected) => {
    expect(summary(arcs)).toEqual(expected);
  });

  it('follows the great circle when the city has visits one way only', () => {
    const [line] = arcLines(POZNAN, [TAKASAKI]);
    expect(line?.points).toEqual(
      greatCirclePoints(POZNAN, TAKASAKI, arcSegments(distanceKm(POZNAN, TAKASAKI), 'fine')),
    );
  });

  it('bends the two lines of a city with visits both ways apart, ends on the cities', () => {
    const lines = byKey(arcLines(POZNAN, [KHARKIV]));
    const outgoing = lines.get('kharkiv:outgoing');
    const incoming = lines.get('kharkiv:incoming');
    const straight = greatCirclePoints(
      POZNAN,
      KHARKIV,
      arcSegments(distanceKm(POZNAN, KHARKIV), 'fine'),
    );
    for (const line of [outgoing!, incoming!]) {
      expect(line.points).toHaveLength(straight.length);
      expect(line.points[0]).toEqual(straight[0]);
      expect(line.points.at(-1)).toEqual(straight.at(-1));
    }
    // Kharkiv lies east-south-east: going out, the right of travel is south; coming back, north.
    const middle = Math.floor(straight.length / 2);
    const apart = distanceKm(
      { lat: outgoing!.points[middle]![0], lng: outgoing!.points[middle]![1] },
      { lat: incoming!.points[middle]![0], lng: incoming!.points[middle]![1] },
    );
    expect(outgoing!.points[middle]![0]).toBeLessThan(straight[middle]![0]);
    expect(incoming!.points[middle]![0]).toBeGreaterThan(straight[middle]![0]);
    expect(apart).toBeGreaterThan(0.08 * distanceKm(POZNAN, KHARKIV));
  });

  it('keeps a bent line across the Pacific in one piece', () => {
    const line = arcLines(POZNAN, [city('suva', -18.1416, 178.4419, 1, 1)])[0]!;
    const steps = line.points.slice(1).map((point, n) => point[1] - line.points[n]![1]);
    expect(Math.max(...steps.map(Math.abs))).toBeLessThan(180);
  });

  it('reuses the points of unchanged lines after a filter change', () => {
    const cache: ArcGeometryCache = new Map();
    const before = byKey(arcLines(POZNAN, [BERLIN, TAKASAKI, TOLEDO], cache));
    const after = byKey(arcLines(POZNAN, [{ ...BERLIN, outgoing: 1 }, TOLEDO], cache));
    expect(after.get('berlin:outgoing')!.points).toBe(before.get('berlin:outgoing')!.points);
    expect(after.get('toledo:incoming')!.points).toBe(before.get('toledo:incoming')!.points);
    expect(after.get('berlin:outgoing')!.weight).toBe(MAX_ARC_WEIGHT);
  });

  it('computes new points when the hub moves', () => {
    const cache: ArcGeometryCache = new Map();
    const [before] = arcLines(POZNAN, [BERLIN], cache);
    const [after] = arcLines({ lat: 50, lng: 20 }, [BERLIN], cache);
    expect(after!.points).not.toBe(before!.points);
    expect(after!.points[0]).toEqual([50, 20]);
  });

  it('keeps 10,000 cities with visits both ways under 150,000 points', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      city(`c${i}`, -60 + ((i * 7919) % 13_000) / 100, -180 + ((i * 104_729) % 36_000) / 100, 2, 1),
    );
    const lines = arcLines(POZNAN, many);
    expect(lines).toHaveLength(20_000);
    expect(lines.reduce((sum, line) => sum + line.points.length, 0)).toBeLessThan(150_000);
  });

  it('draws a few lines in finer detail than many', () => {
    const few = arcLines(POZNAN, [TAKASAKI])[0]!;
    const many = Array.from({ length: 2001 }, (_, i) => city(`c${i}`, 10, i / 100, 1, 0));
    const crowded = arcLines(POZNAN, [TAKASAKI, ...many])[0]!;
    expect(few.points.length).toBeGreaterThan(crowded.points.length);
    expect(crowded.points.at(-1)).toEqual(few.points.at(-1));
  });
});

describe('arcSegments', () => {
  it.each<[number, ArcDetail, number]>([
    [0, 'fine', 4],
    [240, 'fine', 4],
    [2000, 'fine', 5],
    [8600, 'fine', 22],
    [20_000, 'fine', 24],
    [240, 'coarse', 4],
    [8600, 'coarse', 6],
    [20_000, 'coarse', 8],
  ])('%s km in %s detail -> %s segments', (km, detail, segments) => {
    expect(arcSegments(km, detail)).toBe(segments);
  });
});

describe('arcDetail', () => {
  it.each<[number, ArcDetail]>([
    [0, 'fine'],
    [2000, 'fine'],
    [2001, 'coarse'],
    [20_000, 'coarse'],
  ])('%s lines: %s', (lines, detail) => {
    expect(arcDetail(lines)).toBe(detail);
  });
});

describe('arcDashArray', () => {
  it.each<[ArcDirection, number, string | undefined]>([
    ['outgoing', 1.5, undefined],
    ['outgoing', 6, undefined],
    ['incoming', 1.5, '6 4'],
    ['incoming', 4, '10 6'],
    ['incoming', 6, '15 9'],
  ])('%s, %s px: %s', (direction, weight, dashArray) => {
    expect(arcDashArray(direction, weight)).toBe(dashArray);
  });
});

/** The colour seen where a line of `color` at `opacity` lies over `background`. */
function over(color: string, background: string, opacity: number): string {
  const channel = (hex: string, start: number) => parseInt(hex.slice(start, start + 2), 16);
  return `#${[1, 3, 5]
    .map((start) =>
      Math.round(opacity * channel(color, start) + (1 - opacity) * channel(background, start))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

describe('ARC_STYLES', () => {
  it.each<[ArcDirection, string, string]>([
    ['incoming', 'land', COUNTRY_STYLE.fillColor!],
    ['incoming', 'sea', SEA],
    ['outgoing', 'land', COUNTRY_STYLE.fillColor!],
    ['outgoing', 'sea', SEA],
  ])('%s lines stand out 3:1 from the %s', (direction, _, background) => {
    const seen = over(ARC_STYLES[direction].color, background, ARC_OPACITY);
    expect(contrast(seen, background)).toBeGreaterThanOrEqual(3);
  });

  it('tells the directions apart without colour', () => {
    expect(ARC_STYLES.incoming.dashed).not.toBe(ARC_STYLES.outgoing.dashed);
  });
});
