import { describe, expect, it } from 'vitest';
import { shareSnippets } from './share-snippets';

describe('shareSnippets', () => {
  it('gives the auto-height script from beside the app', () => {
    expect(shareSnippets('https://www.poznan.pl/mapa/?city=kyiv', 'Mapa').script).toBe(
      '<script src="https://www.poznan.pl/mapa/embed.js" async></script>',
    );
  });

  it.each<[string, string, string]>([
    [
      'https://www.poznan.pl/mapa-wspolpracy/?city=kyiv&themes=sport,heritage&lang=en',
      'https://www.poznan.pl/mapa-wspolpracy/?city=kyiv&themes=sport,heritage&lang=en',
      'https://www.poznan.pl/mapa-wspolpracy/?city=kyiv&amp;themes=sport,heritage&amp;lang=en&amp;embed=1',
    ],
    [
      'https://example.org/?embed=1&city=minsk#x',
      'https://example.org/?city=minsk',
      'https://example.org/?city=minsk&amp;embed=1',
    ],
    ['http://localhost:4173/', 'http://localhost:4173/', 'http://localhost:4173/?embed=1'],
  ])('%s', (href, link, src) => {
    const snippets = shareSnippets(href, 'Mapa "współpracy"');
    expect(snippets.link).toBe(link);
    expect(snippets.iframe).toBe(
      `<iframe src="${src}" title="Mapa &quot;współpracy&quot;" width="100%" height="640" ` +
        'style="border: 0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ' +
        'allow="clipboard-write"></iframe>',
    );
  });
});
