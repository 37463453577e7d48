import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from './search-cities';
import { SearchBox } from './search-box';
import type { SearchBoxLabels } from './search-labels';
import { SearchListbox } from './search-listbox';

const labels: SearchBoxLabels = {
  label: 'Szukaj miasta',
  placeholder: 'Miasto, kraj, uczestnik, wizyta',
  noResults: 'Nic nie znaleziono.',
  count: (suggestions) => `Wyniki: ${suggestions}`,
  matchReason: (kind, text) => `${kind}: ${text}`,
};

const suggestions: Suggestion[] = [
  { id: 'city-kyiv', cityId: 'kyiv', cityName: 'Kijów', kind: 'city', matchedText: 'Kijów' },
  {
    id: 'participant-kyiv',
    cityId: 'kyiv',
    cityName: 'Kijów',
    kind: 'participant',
    matchedText: '<b>Delegacja</b> z Kijowa',
  },
];

/** The attributes of the first element of `role` in static markup. */
function attributesOf(html: string, role: string): Record<string, string> {
  const tag = new RegExp(`<[a-z]+ [^>]*role="${role}"[^>]*>`).exec(html)?.[0] ?? '';
  return Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe('SearchBox, before anything is typed', () => {
  const html = renderToStaticMarkup(
    <SearchBox suggest={() => suggestions} onChoose={() => {}} labels={labels} />,
  );
  const combobox = attributesOf(html, 'combobox');
  const listbox = attributesOf(html, 'listbox');

  it('is a collapsed combobox controlling its listbox', () => {
    expect(listbox.id).toMatch(/\S/);
    expect(combobox).toMatchObject({
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listbox.id,
      placeholder: labels.placeholder,
    });
    expect(combobox['aria-activedescendant']).toBeUndefined();
  });

  it('has a visible label for the text field, which also names the listbox', () => {
    expect(combobox.id).toMatch(/\S/);
    expect(html).toContain(`for="${combobox.id}"`);
    expect(html).toMatch(new RegExp(`id="${listbox['aria-labelledby']}"[^>]*>Szukaj miasta<`));
    expect(html).not.toMatch(/class="[^"]*visually-hidden[^"]*"[^>]*>Szukaj miasta/);
  });

  it('keeps the listbox hidden and the live region silent', () => {
    expect(html).toMatch(/role="listbox"[^>]*hidden=""/);
    expect(html).toContain('aria-live="polite" aria-atomic="true"></p>');
  });
});

describe('SearchListbox', () => {
  const render = (activeIndex: number) =>
    renderToStaticMarkup(
      <SearchListbox
        id="list"
        labelledBy="label"
        suggestions={suggestions}
        activeIndex={activeIndex}
        hidden={false}
        optionId={(suggestion) => `list-${suggestion.id}`}
        matchReason={labels.matchReason}
        onChoose={() => {}}
      />,
    );

  it.each<[number, string[]]>([
    [-1, ['false', 'false']],
    [0, ['true', 'false']],
    [1, ['false', 'true']],
  ])('with option %i active, marks only it selected', (active, selected) => {
    const options = [...render(active).matchAll(/<li [^>]*aria-selected="(\w+)"/g)];
    expect(options.map((match) => match[1])).toEqual(selected);
  });

  it('gives each option its id and, unless the name matched, the reason', () => {
    const html = render(1);
    expect(html).toContain('id="list-city-kyiv"');
    expect(html).toContain('id="list-participant-kyiv"');
    expect(html.match(/search-box__option-reason/g)).toHaveLength(1);
    expect(html).toContain('search-box__option search-box__option--active');
  });

  it('shows data as text, never as HTML', () => {
    const html = render(-1);
    expect(html).toContain('participant: &lt;b&gt;Delegacja&lt;/b&gt; z Kijowa');
    expect(html).not.toContain('<b>');
  });
});
