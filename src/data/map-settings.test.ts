import { describe, expect, it } from 'vitest';
import { attributionHtml, DEFAULT_SETTINGS } from './map-settings';
import { mapSettingsSchema } from './map-settings-schema';

describe('map settings', () => {
  it.each<[string, unknown, boolean]>([
    ['no tiles', { tiles: 'none' }, true],
    ['the defaults', DEFAULT_SETTINGS, true],
    [
      'an http:// template',
      { tiles: { ...(DEFAULT_SETTINGS.tiles as object), url: 'http://t.example/{z}/{x}/{y}.png' } },
      false,
    ],
    [
      'a template without {z}',
      { tiles: { ...(DEFAULT_SETTINGS.tiles as object), url: 'https://t.example/{x}/{y}.png' } },
      false,
    ],
    [
      'a placeholder Leaflet cannot fill',
      {
        tiles: {
          ...(DEFAULT_SETTINGS.tiles as object),
          url: 'https://tiles.example.com/{z}/{x}/{y}.png?apikey={apikey}',
        },
      },
      false,
    ],
    ['an unknown key', { tiles: 'none', tittle: 1 }, false],
    [
      'a javascript: link',
      {
        tiles: {
          ...(DEFAULT_SETTINGS.tiles as object),
          attribution: { text: 'x', url: 'javascript:alert(1)' },
        },
      },
      false,
    ],
  ])('%s', (_, settings, valid) => {
    expect(mapSettingsSchema.safeParse(settings).success).toBe(valid);
  });

  it('never lets the attribution text become HTML', () => {
    const html = attributionHtml({
      url: 'https://t.example/{z}/{x}/{y}.png',
      maxZoom: 18,
      attribution: { text: '<img src=x onerror=alert(1)>', url: 'https://t.example/"x' },
    });
    expect(html).toBe(
      '&copy; <a href="https://t.example/&quot;x" target="_blank" rel="noopener noreferrer">' +
        '&lt;img src=x onerror=alert(1)&gt;</a>',
    );
  });
});
