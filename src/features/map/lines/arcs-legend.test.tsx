import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n-context';
import type { Language } from '../../../i18n/languages';
import { ArcsLegend } from './arcs-legend';

const render = (shown: boolean, language: Language = 'pl', tooMany = false) =>
  renderToStaticMarkup(
    <I18nProvider language={language}>
      <ArcsLegend shown={shown} onToggle={() => {}} tooMany={tooMany} />
    </I18nProvider>,
  );

describe('ArcsLegend', () => {
  it.each<[string, boolean, RegExp]>([
    ['a checked checkbox while the lines show', true, /<input type="checkbox" checked=""\/>/],
    ['an unchecked checkbox once they are hidden', false, /<input type="checkbox"\/>/],
  ])('is %s', (_, shown, input) => {
    expect(render(shown)).toMatch(input);
  });

  it('names the checkbox by its label', () => {
    expect(render(true)).toMatch(
      /<label class="arcs-legend__toggle"><input [^>]*\/>Linie wizyt<\/label>/,
    );
  });

  it.each<[Language, string[]]>([
    ['pl', ['Wyjazdy z Poznania', 'Przyjazdy do Poznania', 'Grubsza linia: więcej wizyt']],
    ['en', ['Visits from Poznań', 'Visits to Poznań', 'Thicker line: more visits']],
  ])('explains the lines in %s, with samples hidden from screen readers', (language, texts) => {
    const markup = render(true, language);
    const items = markup.split('<li>').slice(1);
    expect(items).toHaveLength(3);
    items.forEach((item, n) => {
      expect(item).toMatch(/^<svg [^>]*aria-hidden="true"/);
      expect(item).toContain(texts[n]);
    });
  });

  it('draws incoming dashed and outgoing solid, as the map does', () => {
    const [outgoing, incoming] = render(true).split('<li>').slice(1);
    expect(outgoing).not.toContain('stroke-dasharray');
    expect(incoming).toContain('stroke-dasharray');
  });

  it('leaves out the key while the lines are hidden', () => {
    expect(render(false)).not.toContain('<ul');
  });

  it('says why no line shows when too many cities are shown, instead of the key', () => {
    const html = render(true, 'pl', true);
    expect(html).toContain('Linie pokazują się przy najwyżej 1000 miastach: zawęź filtry.');
    expect(html).not.toContain('Wyjazdy z Poznania');
  });
});
