import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Direction, Relation } from '../../data/schema';
import { I18nProvider } from '../../i18n/i18n-context';
import type { Language } from '../../i18n/languages';
import { FacetControls } from './facet-controls';
import { EMPTY_FACETS, type FacetCounts, type FacetState } from './facets';

const counts: FacetCounts = {
  themes: new Map([['sport', 3]]),
  directions: new Map<Direction, number>([
    ['incoming', 5],
    ['outgoing', 0],
  ]),
  relations: new Map<Relation, number>([
    ['partner', 2],
    ['informal', 1],
  ]),
  countries: new Map([
    ['DE', 2],
    ['UA', 1],
  ]),
  years: new Map([
    [2016, 1],
    [2018, 0],
    [2019, 4],
  ]),
};

function render(
  options: { state?: Partial<FacetState>; counts?: FacetCounts } = {},
  language: Language = 'pl',
) {
  return renderToStaticMarkup(
    <I18nProvider language={language}>
      <FacetControls
        state={{ ...EMPTY_FACETS, ...options.state }}
        counts={options.counts ?? counts}
        onChange={() => {}}
        onGesture={() => {}}
      />
    </I18nProvider>,
  );
}

/** The opening tag of the element whose attribute `name` is `value`. */
function tagWith(html: string, name: string, value: string): string {
  return new RegExp(`<[a-z]+ [^>]*${name}="${value}"[^>]*>`).exec(html)?.[0] ?? '';
}

/** The id that a group's aria-labelledby names, for the group captioned `caption`. */
function groupLabelledBy(html: string, caption: string): string | undefined {
  const id = new RegExp(`<span id="([^"]+)" class="facet-group__label">${caption}</span>`).exec(
    html,
  )?.[1];
  return id && html.includes(`role="group" aria-labelledby="${id}"`) ? id : undefined;
}

describe('FacetControls', () => {
  const html = render();

  it('is a section named by a heading one level under the filter bar', () => {
    const id = /<h3 id="([^"]+)" class="visually-hidden">Więcej filtrów<\/h3>/.exec(html)?.[1];
    expect(html).toContain(`<section class="facet-controls" aria-labelledby="${id}"`);
  });

  it.each<[string]>([['Kierunek wizyt'], ['Rodzaj współpracy'], ['Lata wizyt']])(
    'names a group by its visible caption %s',
    (caption) => {
      expect(groupLabelledBy(html, caption)).toBeDefined();
    },
  );

  it.each<[string, string, string]>([
    ['Wszystkie 5 wizyt', 'true', 'false'],
    ['Do Poznania 5 wizyt', 'false', 'false'],
    ['Z Poznania 0 wizyt', 'false', 'true'],
    ['Miasta partnerskie 2 miasta', 'false', 'false'],
    ['Bez umowy 1 miasto', 'false', 'false'],
  ])('offers %s, pressed %s, disabled %s', (name, pressed, disabled) => {
    const tag = tagWith(html, 'aria-label', name);
    expect(tag).toContain(`aria-pressed="${pressed}"`);
    expect(tag).toContain(`aria-disabled="${disabled}"`);
    expect(tag).not.toContain(' disabled=');
  });

  it('shows each count as text beside the option', () => {
    expect(html).toMatch(/Do Poznania <span class="filter-chip__count">5<\/span>/);
  });

  it('names each chip starting with its visible text (WCAG 2.5.3 Label in Name)', () => {
    const chips = [...html.matchAll(/<button [^>]*aria-label="([^"]+)"[^>]*>(.*?)<\/button>/g)];
    expect(chips.length).toBeGreaterThan(0);
    for (const [, name, content] of chips) {
      const visible = content!
        .replace(/<span [^>]*aria-hidden="true"[^>]*>.*?<\/span>/g, '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      expect(name!.startsWith(visible), `"${name}" starts with "${visible}"`).toBe(true);
    }
  });

  it('marks the chosen direction and relations pressed, with a check mark', () => {
    const chosen = render({ state: { direction: 'incoming', relations: ['informal'] } });
    for (const name of ['Do Poznania 5 wizyt', 'Bez umowy 1 miasto']) {
      expect(tagWith(chosen, 'aria-label', name)).toContain('aria-pressed="true"');
    }
    expect(tagWith(chosen, 'aria-label', 'Wszystkie 5 wizyt')).toContain('aria-pressed="false"');
    expect(chosen.match(/>✓</g)).toHaveLength(2);
  });

  it('keeps a chosen option enabled at zero, so it can be unchosen', () => {
    const chosen = render({ state: { direction: 'outgoing' } });
    expect(tagWith(chosen, 'aria-label', 'Z Poznania 0 wizyt')).toContain('aria-disabled="false"');
  });

  it.each<[string[], string]>([
    [[], '>Kraj<'],
    [['DE', 'UA'], '>Kraj (wybrane: 2)<'],
  ])('with countries %j has a collapsed disclosure button %s', (countries, text) => {
    const markup = render({ state: { countries } });
    const button = tagWith(markup, 'class', 'facet-country__button');
    expect(button).toContain('aria-expanded="false"');
    const panelId = /aria-controls="([^"]+)"/.exec(button)?.[1];
    expect(markup).toContain(
      `<div id="${panelId}" class="facet-country__panel" data-align="start" hidden="">`,
    );
    expect(markup).toContain(text);
  });

  it('gives the year sliders visible labels, the span, their values and the count in range', () => {
    for (const [label, value] of [
      ['Od roku', 2016],
      ['Do roku', 2019],
    ] as const) {
      const id = new RegExp(`<label for="([^"]+)">${label}</label>`).exec(html)?.[1];
      const input = tagWith(html, 'id', id ?? 'missing');
      expect(input).toMatch(/type="range"/);
      for (const attribute of ['min="2016"', 'max="2019"', 'step="1"', `value="${value}"`]) {
        expect(input).toContain(attribute);
      }
      expect(html).toContain(
        `${label}</label><span class="facet-years__value" aria-hidden="true">${value}<`,
      );
    }
    expect(html).toContain('W latach 2016–2019: 5 wizyt');
  });

  it('describes the sliders by the count in range', () => {
    const resultId = /<p id="([^"]+)" class="facet-years__result">/.exec(html)?.[1];
    expect(html.match(new RegExp(`aria-describedby="${resultId}"`, 'g'))).toHaveLength(2);
  });

  it('shows a chosen range and counts only its visits', () => {
    const markup = render({ state: { years: { from: 2018, to: 2019 } } });
    expect(markup).toContain('value="2018"');
    expect(markup).toContain('W latach 2018–2019: 4 wizyty');
  });

  it('leaves the years out when the data spans one year', () => {
    const markup = render({ counts: { ...counts, years: new Map([[2019, 5]]) } });
    expect(markup).not.toContain('type="range"');
    expect(markup).not.toContain('Lata wizyt');
  });

  it('speaks English in English', () => {
    const english = render({}, 'en');
    expect(english).toContain('aria-label="To Poznań 5 visits"');
    expect(english).toContain('aria-label="No agreement 1 city"');
    expect(english).toContain('<label for');
    expect(english).toContain('>From year</label>');
    expect(english).toContain('2016–2019: 5 visits');
  });
});
