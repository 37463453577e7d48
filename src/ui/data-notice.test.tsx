import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-context';
import type { Language } from '../i18n/languages';
import { DataNotice } from './data-notice';

interface Counts {
  skipped: number;
  problems: number;
  wrongEncoding?: boolean;
}

function render({ skipped, problems, wrongEncoding = false }: Counts, language: Language) {
  return renderToStaticMarkup(
    <I18nProvider language={language}>
      <DataNotice skipped={skipped} problems={problems} wrongEncoding={wrongEncoding} />
    </I18nProvider>,
  );
}

/** The notice's words, without the markup and the hint. */
function says(counts: Counts, language: Language = 'pl'): string {
  const markup = render(counts, language);
  return [...markup.matchAll(/<strong>(.*?) <\/strong>/g)].map((match) => match[1]).join(' | ');
}

describe('DataNotice', () => {
  it('is not there when the file has no problem', () => {
    expect(render({ skipped: 0, problems: 0 }, 'pl')).toBe('');
  });

  it.each<[Counts, Language, string]>([
    [{ skipped: 0, problems: 1 }, 'pl', '1 problem w pliku danych.'],
    [{ skipped: 0, problems: 2 }, 'pl', '2 problemy w pliku danych.'],
    [{ skipped: 0, problems: 5 }, 'pl', '5 problemów w pliku danych.'],
    [{ skipped: 0, problems: 22 }, 'pl', '22 problemy w pliku danych.'],
    [{ skipped: 0, problems: 1 }, 'en', '1 problem in the data file.'],
    [{ skipped: 0, problems: 2 }, 'en', '2 problems in the data file.'],
    [{ skipped: 1, problems: 3 }, 'pl', 'Pominięto 1 wpis z błędami w pliku danych.'],
    [{ skipped: 4, problems: 4 }, 'pl', 'Pominięto 4 wpisy z błędami w pliku danych.'],
    [{ skipped: 5, problems: 9 }, 'pl', 'Pominięto 5 wpisów z błędami w pliku danych.'],
    [{ skipped: 2, problems: 2 }, 'en', 'Skipped 2 entries with errors in the data file.'],
    [
      { skipped: 0, problems: 1, wrongEncoding: true },
      'pl',
      '1 problem w pliku danych. | Plik danych nie jest zapisany w UTF-8: niektóre litery mogą być zniekształcone.',
    ],
  ])('%o in %s: %s', (counts, language, expected) => {
    expect(says(counts, language)).toBe(expected);
  });
});
