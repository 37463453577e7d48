import { describe, expect, it } from 'vitest';
import { layoutClasses } from './embed-layout';

describe('layoutClasses', () => {
  it.each([
    [false, 'workspace'],
    [true, 'embed-layout'],
  ])('embedded %s: every part is named after the %s block', (embedded, block) => {
    expect(layoutClasses(embedded)).toEqual({
      root: block,
      side: `${block}__side`,
      filters: `${block}__filters`,
      back: `${block}__back`,
      map: `${block}__map`,
      mapFrame: `${block}__map-frame`,
    });
  });
});
