import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, NGINX_SITE, securityHeaders, siteWith } from './nginx-site.ts';

/** The policy the portal requires (issue 5), word for word. */
const REQUIRED =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; " +
  "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; " +
  "object-src 'none'; frame-ancestors https://www.poznan.pl";

describe('deploy/nginx.conf', () => {
  it('sends exactly the required Content-Security-Policy', () => {
    expect(contentSecurityPolicy('https://www.poznan.pl')).toBe(REQUIRED);
  });

  it('sends the security headers a review expects, the same as vite preview', () => {
    const headers = securityHeaders('https://www.poznan.pl');
    expect(Object.keys(headers).sort()).toEqual([
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Cross-Origin-Resource-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
    ]);
    expect(headers).toMatchObject({
      'Content-Security-Policy': REQUIRED,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  it('allows no powerful feature but the clipboard the share dialog writes to', () => {
    const policy = securityHeaders('https://www.poznan.pl')['Permissions-Policy']!;
    const features = new Map(
      policy.split(', ').map((entry) => entry.split('=') as [string, string]),
    );
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial']) {
      expect(features.get(feature), feature).toBe('()');
    }
    expect([...features.values()].every((allowed) => allowed === '()')).toBe(true);
    expect(features.has('clipboard-write')).toBe(false);
  });

  it('publishes no source map and nothing but JSON under /data/', () => {
    const site = readFileSync(NGINX_SITE, 'utf8');
    expect(site).toMatch(/location ~\* \\\.map\$ \{\s*return 404;\s*\}/);
    const data = /location \/data\/ \{([\s\S]*?)\n {4}\}/.exec(site)?.[1] ?? '';
    expect(data).toMatch(
      /^\s*location ~ \\\.json\$ \{[^}]*try_files \$uri =404;[^}]*\}\s*return 404;\s*$/,
    );
  });

  it('lets exact pages embed the map, never a wildcard', () => {
    const site = readFileSync(NGINX_SITE, 'utf8');
    const value = /set \$frame_ancestors "([^"]*)";/.exec(site)?.[1];
    expect(value).toBe('https://www.poznan.pl');
    expect(value).not.toContain('*');
  });

  it('changes only its three SET lines for another site', () => {
    const site = siteWith({
      listen: '127.0.0.1:9000',
      root: '/tmp/dist',
      frameAncestors: "'self'",
    });
    expect(site).toContain('listen 127.0.0.1:9000;');
    expect(site).toContain('root /tmp/dist;');
    expect(site).toContain(`set $frame_ancestors "'self'";`);
    expect(site).not.toContain('# SET');
  });

  it('refuses a file whose SET lines are gone, rather than serving something else', () => {
    expect(() => siteWith({ listen: '1', root: '/', frameAncestors: '' }, 'server {}')).toThrow(
      /no "SET" line for listen/,
    );
  });
});
