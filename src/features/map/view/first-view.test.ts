import { describe, expect, it, vi } from 'vitest';
import { firstViewPadding, paddingForMapWidth } from './first-view';

// Leaflet reads `window` as it loads; these functions only choose numbers.
vi.mock('leaflet', () => ({ latLngBounds: vi.fn() }));

describe('the first view leaves room', () => {
  it.each([
    ['on a narrow screen', true, 116],
    ['on a wide one', false, 72],
  ])('%s: %i px at the bottom for the signs', (_, narrow, bottom) => {
    expect(firstViewPadding(narrow)).toEqual({
      paddingTopLeft: [56, 24],
      paddingBottomRight: [24, bottom],
    });
  });

  it.each([
    ['a phone', 375, 116],
    ['a map just under the limit', 479, 116],
    ['a map at the limit', 480, 72],
    ['a 760 px embedded frame', 760, 72],
    ['a laptop beside the panel', 982, 72],
    ['a wide screen', 1920, 72],
  ])('for %s (%i px wide): %i px at the bottom for the signs', (_, width, bottom) => {
    expect(paddingForMapWidth(width).paddingBottomRight).toEqual([24, bottom]);
  });
});
