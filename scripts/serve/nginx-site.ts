import { readFileSync } from 'node:fs';

export const NGINX_SITE = new URL('../../deploy/nginx.conf', import.meta.url);

export interface SiteValues {
  readonly listen: string;
  readonly root: string;
  readonly frameAncestors: string;
}

const SETTINGS: readonly [keyof SiteValues, RegExp, (value: string) => string][] = [
  ['listen', /^(\s*)listen [^;]+;.*# SET.*$/m, (value) => `listen ${value};`],
  ['root', /^(\s*)root [^;]+;.*# SET.*$/m, (value) => `root ${value};`],
  [
    'frameAncestors',
    /^(\s*)set \$frame_ancestors "[^"]*";.*# SET.*$/m,
    (value) => `set $frame_ancestors "${value}";`,
  ],
];

/** deploy/nginx.conf with only its three "SET" lines given other values, or an error. */
export function siteWith(values: SiteValues, text = readFileSync(NGINX_SITE, 'utf8')): string {
  let site = text;
  for (const [key, line, write] of SETTINGS) {
    if (!line.test(site)) throw new Error(`deploy/nginx.conf: no "SET" line for ${key}`);
    site = site.replace(line, (_, indent: string) => indent + write(values[key]));
  }
  return site;
}

/** The Content-Security-Policy deploy/nginx.conf sends, with frame-ancestors filled in. */
export function contentSecurityPolicy(
  frameAncestors: string,
  text = readFileSync(NGINX_SITE, 'utf8'),
): string {
  const header = /add_header Content-Security-Policy "([^"]+)" always;/.exec(text)?.[1];
  if (!header) throw new Error('deploy/nginx.conf: no Content-Security-Policy header');
  return header.replace('$frame_ancestors', frameAncestors);
}

/**
 * The headers deploy/nginx.conf sends with every response, frame-ancestors filled in: all its
 * `add_header` lines with a fixed value (Cache-Control, which varies by location, is not one).
 */
export function securityHeaders(
  frameAncestors: string,
  text = readFileSync(NGINX_SITE, 'utf8'),
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(/^\s*add_header ([\w-]+) "([^"$]+)" always;/gm)) {
    headers[name!] = value!;
  }
  headers['Content-Security-Policy'] = contentSecurityPolicy(frameAncestors, text);
  return headers;
}
