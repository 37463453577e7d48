import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { cityButton, expect, mapRegion, openMap, test } from './support/fixtures';
import { hostPage, startServer } from './support/static-server';
import { axeViolations } from './support/axe';

/** Leaflet's zoom, read from the transform of its zoom proxy. */
function zoomState(page: Page): Promise<string | null> {
  return page.locator('.leaflet-proxy').getAttribute('style');
}

test.describe('embed mode (?embed=1)', () => {
  test('shows the map without the page chrome, keeps the other parameters, links to the full map', async ({
    page,
  }) => {
    await openMap(page, '?embed=1&city=kyiv&lang=en');
    await expect(page.locator('.app-header')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      "Poznań's international cooperation",
    );
    await expect(page.getByRole('region', { name: 'Kyiv' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
    const full = page.getByRole('link', { name: 'Open the full map (opens in a new tab)' });
    await expect(full).toHaveAttribute('target', '_blank');
    const href = new URL((await full.getAttribute('href'))!);
    expect(href.searchParams.get('embed')).toBeNull();
    expect(href.searchParams.get('city')).toBe('kyiv');
    expect(href.searchParams.get('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'screenshots/embed.png' });
  });

  test("changes the address without adding to the host page's history", async ({ page }) => {
    await openMap(page, '?embed=1');
    const entries = await page.evaluate(() => history.length);
    // The list is in the panel that "Filtry" opens.
    await page.getByRole('button', { name: 'Filtry', exact: true }).click();
    await page
      .getByRole('region', { name: 'Lista miast' })
      .getByRole('button', { name: /^Kijów,/ })
      .click();
    await expect(page).toHaveURL(/embed=1.*city=kyiv|city=kyiv.*embed=1/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('the mouse wheel scrolls the page until the map is clicked', async ({ page }) => {
    await openMap(page, '?embed=1');
    const before = await zoomState(page);
    const box = (await mapRegion(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.wheel(0, -200);
    await page.waitForTimeout(600);
    expect(await zoomState(page)).toBe(before);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.wheel(0, -200);
    await expect.poll(() => zoomState(page)).not.toBe(before);
  });
});

test.describe('the embedded map in a 760 × 520 frame', () => {
  test.use({ viewport: { width: 760, height: 520 } });
  const sidePanel = (page: Page) => page.getByRole('region', { name: 'Panel boczny' });
  const filtersButton = (page: Page) => page.getByRole('button', { name: /^Filtry/ });

  test('shows the map with the "Filtry" button and the count, the panel folded', async ({
    page,
  }) => {
    await openMap(page, '?embed=1');
    await expect(filtersButton(page)).toHaveAccessibleName('Filtry');
    await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('status').filter({ hasText: 'miast' })).toHaveText('22 z 22 miast');
    await expect(sidePanel(page)).toBeHidden();
    await expect(page.getByRole('link', { name: /^Otwórz pełną mapę/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Udostępnij / Osadź' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mapa', exact: true })).toHaveCount(0);
  });

  test('"Filtry" opens the filters and the list; a filter changes the count; Escape folds them', async ({
    page,
  }) => {
    await openMap(page, '?embed=1');
    await filtersButton(page).click();
    await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');
    const filters = page.getByRole('region', { name: 'Filtry' });
    await expect(filters).toBeVisible();
    await expect(page.getByRole('region', { name: 'Lista miast' })).toBeVisible();
    await filters.getByRole('button', { name: /^Sport/ }).click();
    await expect(filters.getByRole('status')).toHaveText('3 z 22 miast');
    await expect(page).toHaveURL(/themes=sport/);
    // One count speaks at a time: the panel's, while it is open.
    await expect(page.getByRole('status').filter({ hasText: 'miast' })).toHaveCount(1);

    await page.keyboard.press('Escape');
    await expect(sidePanel(page)).toBeHidden();
    await expect(filtersButton(page)).toBeFocused();
    await expect(filtersButton(page)).toHaveAccessibleName('Filtry (wybrane: 1)');
    await expect(page.getByRole('status').filter({ hasText: 'miast' })).toHaveText('3 z 22 miast');
    // The button folds the panel too.
    await filtersButton(page).click();
    await expect(sidePanel(page)).toBeVisible();
    await filtersButton(page).click();
    await expect(sidePanel(page)).toBeHidden();
  });

  test('a city opens in the panel, with a way back to the results and back to its marker', async ({
    page,
  }) => {
    await openMap(page, '?embed=1');
    const marker = cityButton(page, 'Kijów');
    await marker.click();
    await expect(page.getByRole('region', { name: 'Kijów' })).toBeVisible();
    await expect(sidePanel(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Kijów' })).toBeHidden();
    await expect(sidePanel(page)).toBeHidden();
    await expect(marker).toBeFocused();

    await marker.click();
    await page.getByRole('button', { name: 'Wyniki' }).click();
    await expect(page.getByRole('region', { name: 'Kijów' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Lista miast' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Filtry' })).toBeVisible();
  });

  test('axe finds no violation with the panel folded, with the filters and with a city', async ({
    page,
  }) => {
    test.slow();
    await openMap(page, '?embed=1');
    expect(await axeViolations(page)).toEqual([]);
    await filtersButton(page).click();
    await expect(page.getByRole('region', { name: 'Lista miast' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole('region', { name: 'Lista miast' })
      .getByRole('button', { name: /^Kijów,/ })
      .click();
    await expect(page.getByRole('region', { name: 'Kijów' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the embedded map in a 375 × 600 frame', () => {
  test.use({ viewport: { width: 375, height: 600 } });

  test('opens the panel over the map, "Filtry" still in reach above it', async ({ page }) => {
    await openMap(page, '?embed=1&lang=en');
    const button = page.getByRole('button', { name: /^Filters/ });
    await expect(page.getByRole('status').filter({ hasText: 'cities' })).toHaveText(
      '22 of 22 cities',
    );
    await button.click();
    await expect(page.getByRole('region', { name: 'Filters', exact: true })).toBeInViewport();
    await expect(button).toBeInViewport();
    // The map under the panel is out of reach until it folds.
    const inert = () => cityButton(page, 'Kyiv').evaluate((marker) => !!marker.closest('[inert]'));
    expect(await inert()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await button.click();
    await expect(cityButton(page, 'Kyiv')).toBeVisible();
    expect(await inert()).toBe(false);
  });
});

test.describe('the share dialog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('gives the link and the iframe code of the current view, as a modal dialog', async ({
    page,
  }) => {
    await openMap(page, '?themes=sport&city=takasaki');
    const opener = page.getByRole('button', { name: 'Udostępnij / Osadź' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Udostępnij lub osadź mapę' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Zamknij' })).toBeFocused();

    const link = dialog.getByRole('textbox', { name: 'Link do tego widoku' });
    await expect(link).toHaveValue(page.url());
    const code = dialog.getByRole('textbox', { name: 'Kod do osadzenia na stronie (iframe)' });
    const iframe = await code.inputValue();
    expect(iframe).toContain('?themes=sport&amp;city=takasaki&amp;embed=1"');
    expect(iframe).toContain('title="Mapa współpracy zagranicznej Poznania"');
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    expect(iframe).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\//);

    await dialog.getByRole('button', { name: 'Kopiuj kod' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Skopiowano' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframe);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'screenshots/share-dialog.png' });

    // Focus stays in the dialog; Escape closes it and focus returns to the button.
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(
        () =>
          document.activeElement === document.body || !!document.activeElement?.closest('dialog'),
      );
      expect(inside).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expect(page.getByRole('region', { name: 'Takasaki' })).toBeVisible();
  });

  test('the iframe code works pasted into a page of another origin', async ({ page }) => {
    await openMap(page, '?city=minsk');
    await page.getByRole('button', { name: 'Udostępnij / Osadź' }).click();
    const iframe = await page
      .getByRole('textbox', { name: 'Kod do osadzenia na stronie (iframe)' })
      .inputValue();
    // A host page on another origin (another port is another origin), served for real.
    const server = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="pl"><meta charset="utf-8"><title>Portal</title><h1>Portal</h1>${iframe}`,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const host = `http://127.0.0.1:${port}/strona.html`;
      await page.goto(host);
      expect(new URL(host).origin).not.toBe(new URL(/src="([^"]+)"/.exec(iframe)![1]!).origin);
      const frame = page.frameLocator('iframe[title="Mapa współpracy zagranicznej Poznania"]');
      await expect(frame.getByRole('region', { name: 'Mińsk' })).toBeVisible();
      await expect(frame.locator('.city-marker').first()).toBeVisible();
    } finally {
      server.close();
    }
  });

  test('with embed.js the frame takes the height the map asks for, and ignores other origins', async ({
    page,
  }) => {
    await openMap(page, '?city=kyiv');
    await page.getByRole('button', { name: 'Udostępnij / Osadź' }).click();
    const iframe = await page
      .getByRole('textbox', { name: 'Kod do osadzenia na stronie (iframe)' })
      .inputValue();
    const script = await page
      .getByRole('textbox', { name: 'Automatyczna wysokość (opcjonalnie)' })
      .inputValue();
    expect(script).toMatch(/^<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" async><\/script>$/);
    const host = await startServer(hostPage(`${iframe}${script}`));
    try {
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(`${host.origin}/strona.html`);
      const frame = page.locator('iframe');
      await expect(frame.contentFrame().getByRole('region', { name: 'Kijów' })).toBeVisible();
      // 1000 px wide page, 8 px margins: the map asks for 0.6 × 984 + 120 = 710 px.
      await expect.poll(() => frame.evaluate((element) => element.style.height)).toBe('710px');
      // The host page's own origin is not the map's: its message changes nothing.
      await page.evaluate(() =>
        window.postMessage({ type: 'poznan-cooperation-map:height', height: 1500 }, '*'),
      );
      await page.waitForTimeout(300);
      expect(await frame.evaluate((element) => element.style.height)).toBe('710px');
    } finally {
      await host.close();
    }
  });
});
