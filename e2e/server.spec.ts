import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';

/** The headers the built app is served with (nginx with deploy/nginx.conf, in CI). */
test.describe('the web server', () => {
  test('sends the strict CSP and the security headers with every file', async ({ request }) => {
    const script = readdirSync('dist/assets').find((name) => /^index-.*\.js$/.test(name))!;
    for (const [path, status] of [
      ['./', 200],
      ['./data/cooperation.json', 200],
      [`./assets/${script}`, 200],
      ['./embed.js', 200],
      ['./no-such-file.html', 404],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      const headers = response.headers();
      expect(headers['content-security-policy']).toContain("default-src 'none'; script-src 'self'");
      expect(headers['content-security-policy']).toContain('frame-ancestors');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['cross-origin-resource-policy']).toBe('cross-origin');
      const features = headers['permissions-policy']?.split(', ') ?? [];
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
        expect(features, path).toContain(`${feature}=()`);
      }
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

  test.describe(() => {
    test('publishes no source map and nothing but JSON under data/', async ({ request }) => {
      // Which paths are served is nginx's job; vite preview serves all of dist/.
      const server = (await request.get('./')).headers()['server'] ?? '';
      test.skip(!server.startsWith('nginx'), 'served by vite preview: install nginx to check this');
      const script = readdirSync('dist/assets').find((name) => /^index-.*\.js$/.test(name))!;
      // The build writes the map for debugging, and the script does not point at it.
      expect(readdirSync('dist/assets')).toContain(`${script}.map`);
      expect(readFileSync(`dist/assets/${script}`, 'utf8')).not.toContain('sourceMappingURL');
      expect((await request.get(`./assets/${script}.map`)).status()).toBe(404);
      expect((await request.get(`./assets/${script}.MAP`)).status()).toBe(404);

      // Files an editor might leave beside the data: present in dist/, never served.
      const left = ['dist/data/x.txt', 'dist/data/cooperation.json.bak'];
      try {
        for (const file of left) writeFileSync(file, 'notes');
        expect((await request.get('./data/x.txt')).status()).toBe(404);
        expect((await request.get('./data/cooperation.json.bak')).status()).toBe(404);
        expect((await request.get('./data/')).status()).toBe(404);
      } finally {
        for (const file of left) rmSync(file, { force: true });
      }
      const data = await request.get('./data/cooperation.json');
      expect(data.status()).toBe(200);
      expect(data.headers()['cache-control']).toBe('no-cache');
      expect((await request.get('./data/map-settings.json')).status()).toBe(200);
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
