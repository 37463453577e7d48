import path from 'node:path';
import { startServer, serveFolder } from './support/static-server';
import { expect, expectCountriesDrawn, test } from './support/fixtures';

const DIST = path.resolve(import.meta.dirname, '..', 'dist');

test('the same dist/ works from a sub-path, with no rebuild', async ({ page }) => {
  const server = await startServer(serveFolder(DIST, '/mapa-wspolpracy/'));
  try {
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === server.origin) asked.push(url.pathname);
    });
    await page.goto(`${server.origin}/mapa-wspolpracy/?city=minsk`);
    await expect(page.getByRole('region', { name: 'Mińsk' })).toBeVisible();
    await expect(page.locator('.city-marker').first()).toBeVisible();
    await expectCountriesDrawn(page);
    const own = asked.filter((pathname) => !pathname.startsWith('/mapa-wspolpracy/'));
    expect(own).toEqual([]);
    expect(asked).toContain('/mapa-wspolpracy/data/cooperation.json');
  } finally {
    await server.close();
  }
});
