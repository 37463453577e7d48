import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, siteWith } from './nginx-site.ts';

/** The policy the portal requires (issue 5), word for word. */
const REQUIRED =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; " +
  "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; " +
  "object-src 'none'; frame-ancestors https://www.poznan.pl";

describe('deploy/nginx.conf', () => {
  it('sends exactly the required Content-Security-Policy', () => {
    expect(contentSecurityPolicy('https://www.poznan.pl')).toBe(REQUIRED);
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
