import { readdirSync } from 'node:fs';
import { expect, test } from './support/fixtures';

/** The headers the built app is served with (nginx with deploy/nginx.conf, in CI). */
test.describe('the web server', () => {
  test('sends the strict CSP and the security headers with every file', async ({ request }) => {
    for (const path of ['./', './data/cooperation.json']) {
      const response = await request.get(path);
      expect(response.ok()).toBe(true);
      const headers = response.headers();
      expect(headers['content-security-policy']).toContain("default-src 'none'; script-src 'self'");
      expect(headers['content-security-policy']).toContain('frame-ancestors');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  test.describe(() => {
    test('caches hashed assets for a year, revalidates the page and the data, compresses text', async ({
      request,
    }) => {
      // Caching and compression are nginx's job; vite preview (no nginx installed) has neither.
      const server = (await request.get('./')).headers()['server'] ?? '';
      test.skip(!server.startsWith('nginx'), 'served by vite preview: install nginx to check this');
      const script = readdirSync('dist/assets').find((name) => /^index-.*\.js$/.test(name))!;
      const asset = await request.get(`./assets/${script}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.headers()['content-type']).toContain('javascript');
      expect(asset.headers()['content-encoding']).toBe('gzip');
      const page = await request.get('./');
      expect(page.headers()['cache-control']).toBe('no-cache');
      expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
      const data = await request.get('./data/cooperation.json', {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(data.headers()['cache-control']).toBe('no-cache');
      expect(data.headers()['content-type']).toBe('application/json; charset=utf-8');
      expect(data.headers()['etag'] ?? data.headers()['last-modified']).toBeTruthy();
    });
  });

  test('serves the auto-height script beside the app, small and dependency-free', async ({
    request,
  }) => {
    const script = await request.get('./embed.js');
    expect(script.ok()).toBe(true);
    expect(script.headers()['content-type']).toContain('javascript');
    const body = await script.body();
    expect(body.length).toBeLessThan(2048);
    expect(body.toString()).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
