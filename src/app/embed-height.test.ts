import { describe, expect, it } from 'vitest';
import { hostOrigin, wantedHeight } from './embed-height';

describe('wantedHeight', () => {
  it.each<[number, number]>([
    [320, 640],
    [599, 640],
    [600, 520],
    [1000, 720],
    [2000, 860],
  ])('%i px wide wants %i px', (width, height) => {
    expect(wantedHeight(width)).toBe(height);
  });
});

describe('hostOrigin', () => {
  it.each<[string, string | null]>([
    ['https://www.poznan.pl/mim/strona.html?x=1', 'https://www.poznan.pl'],
    ['', null],
    ['not a url', null],
  ])('%s', (referrer, origin) => {
    expect(hostOrigin(referrer)).toBe(origin);
  });
});
