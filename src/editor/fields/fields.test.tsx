import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { editorText, EditorTextContext } from '../i18n/use-editor-text';
import { setAt } from '../working-copy/json-path';
import { WorkingCopyProvider } from '../working-copy/working-copy-context';
import { CheckboxGroupField } from './checkbox-group-field';
import { LocalizedTextField } from './localized-text-field';
import { NumberField } from './number-field';
import { SelectField } from './select-field';
import { TextField } from './text-field';

const deployed = JSON.parse(
  readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** The markup of `field` editing `draft`, checked as the editor checks it when a copy is restored. */
function render(draft: Record<string, unknown>, field: ReactNode): string {
  return renderToStaticMarkup(
    <EditorTextContext value={editorText('pl')}>
      <WorkingCopyProvider
        storage={null}
        initial={{ original: '', draft, fileName: 'c.json', savedAt: '2026-12-03T10:00:00Z' }}
      >
        {field}
      </WorkingCopyProvider>
    </EditorTextContext>,
  );
}

describe('a field bound to a path', () => {
  it('shows the value, and no problem when there is none', () => {
    const html = render(deployed, <TextField path={['hub', 'id']} label="Identyfikator" />);
    expect(html).toContain('<label class="field__label" for="f-hub-id">Identyfikator</label>');
    expect(html).toContain('id="f-hub-id"');
    expect(html).toContain('value="poznan"');
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
  });

  it("is invalid and described by the validator's words when the value is wrong", () => {
    const draft = setAt(deployed, ['hub', 'name', 'pl'], ' Poznań');
    const html = render(draft, <LocalizedTextField path={['hub', 'name']} label="Nazwa" />);
    expect(html).toMatch(/id="f-hub-name-pl"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/id="f-hub-name-pl"[^>]*aria-describedby="f-hub-name-pl-problems"/);
    expect(html).toContain('<ul class="field-problems" id="f-hub-name-pl-problems">');
    expect(html).toContain('Błąd:</span> <span>tekst zaczyna się albo kończy spacją');
    expect(html).toMatch(/<span class="visually-hidden">Nazwa <\/span>po polsku/);
    expect(html).not.toMatch(/id="f-hub-name-en"[^>]*aria-invalid/);
  });

  it('keeps a number typed as text, so the validator can say so', () => {
    const draft = setAt(deployed, ['hub', 'lat'], '52,4');
    const html = render(draft, <NumberField path={['hub', 'lat']} label="lat" hint="Liczba" />);
    expect(html).toContain('value="52,4"');
    expect(html).toMatch(/aria-describedby="f-hub-lat-hint f-hub-lat-problems"/);
  });

  it('shows a value that is not among the options, as it is', () => {
    const draft = setAt(deployed, ['hub', 'country'], 'XX');
    const options = [{ value: 'PL', label: 'Polska' }];
    const html = render(
      draft,
      <SelectField path={['hub', 'country']} label="Kraj" options={options} />,
    );
    expect(html).toContain('<option value="XX" selected="">XX</option>');
    expect(html).toContain('aria-invalid="true"');
  });

  it('checks the values in the list, and shows one not among the options', () => {
    const draft = setAt(deployed, ['hub', 'tags'], ['b', 'zzz']);
    const options = [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ];
    const html = render(
      draft,
      <CheckboxGroupField path={['hub', 'tags']} legend="Tematy" options={options} />,
    );
    const checked = [...html.matchAll(/<input type="checkbox" id="([^"]+)"( checked="")?/g)].map(
      ([, id, isChecked]) => [id, Boolean(isChecked)],
    );
    expect(checked).toEqual([
      ['f-hub-tags--f-a', false],
      ['f-hub-tags--f-b', true],
      ['f-hub-tags--f-zzz', true],
    ]);
  });
});
