import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { pl } from '../i18n/pl';

const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

/** The texts of the first frame's elements of one class, whitespace as the browser shows it. */
function shellTexts(className: string): string[] {
  return [...html.matchAll(new RegExp(`<span class="${className}"\\s*>([^<]*)</span`, 'g'))].map(
    (match) => match[1]!.replace(/\s+/g, ' ').trim(),
  );
}

describe('the static first frame in index.html', () => {
  it.each([
    ['shell-pl', pl],
    ['shell-en', en],
  ] as const)('%s says what the app says', (className, messages) => {
    expect(shellTexts(className)).toEqual([
      messages.app.title,
      messages.app.subtitle,
      // The header's button, unseen: its room makes the title wrap as it will in the app.
      messages.share.button,
      // Embedded: the embedded map's bar, unseen on the page.
      messages.embed.openFull,
      messages.share.button,
      messages.app.loading,
      // Embedded: the status over the map's corner.
      messages.app.loading,
    ]);
  });

  it('keeps room for the language buttons, named as the app names them', () => {
    const buttons = [...html.matchAll(/<span class="shell-button" lang="(\w+)">([^<]*)</g)];
    expect(buttons.map((match) => [match[1], match[2]])).toEqual([
      ['pl', pl.languages.pl],
      ['en', pl.languages.en],
    ]);
  });
});
