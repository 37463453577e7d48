import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsIn(markdown: string): Set<string> {
  const outsideCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...outsideCode.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)));
}

/** Every relative link of a Markdown file: [text](target) outside code blocks. */
function linksIn(markdown: string): string[] {
  const outsideCode = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...outsideCode.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z]+:/.test(target));
}

describe('anchorOf', () => {
  it.each([
    ['5. Walidator', '5-walidator'],
    ['6. Co robi mapa, gdy plik ma błędy', '6-co-robi-mapa-gdy-plik-ma-błędy'],
    ['C. How auto height works', 'c-how-auto-height-works'],
    ['The `hub`: Poznań', 'the-hub-poznań'],
  ])('%s → %s', (heading, anchor) => expect(anchorOf(heading)).toBe(anchor));
});

/** Why a link leads nowhere, or null when it leads somewhere. */
function brokenLink(file: string, link: string): string | null {
  const [path, anchor] = link.split('#') as [string, string | undefined];
  const target = path === '' ? join(ROOT, file) : resolve(dirname(join(ROOT, file)), path);
  if (!existsSync(target)) return `${link}: no such file`;
  if (!anchor || !target.endsWith('.md')) return null;
  const anchors = anchorsIn(readFileSync(target, 'utf8'));
  return anchors.has(decodeURIComponent(anchor)) ? null : `${link}: no such heading`;
}

it.each(DOCS)('every relative link of %s leads somewhere', (file) => {
  const links = linksIn(readFileSync(join(ROOT, file), 'utf8'));
  expect(links.map((link) => brokenLink(file, link)).filter(Boolean)).toEqual([]);
});
