import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const DATA = /\/data\/cooperation\.json$/;

/** Holds back every request for `url` until the returned function is called. */
async function holdBack(page: Page, url: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

test.describe('loading the data', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('shows progress while the data file loads', async ({ page }) => {
    const release = await holdBack(page, DATA);
    await page.goto('./');
    await expect(
      page.getByRole('status').filter({ hasText: 'Wczytywanie danych mapy' }),
    ).toBeVisible();
    release();
    await expect(page.locator('.city-marker').first()).toBeVisible();
  });

  for (const { width, height, query, title } of [
    { width: 375, height: 700, query: '', title: 'Współpraca zagraniczna Poznania' },
    { width: 412, height: 823, query: '?lang=en', title: "Poznań's international cooperation" },
    { width: 1280, height: 800, query: '', title: 'Współpraca zagraniczna Poznania' },
  ]) {
    test(`the first frame shows the title as the app will (${width} px${query})`, async ({
      context,
    }) => {
      const titleBox = async (page: Page) => {
        const heading = page.getByRole('heading', { level: 1, name: title });
        await expect(heading).toBeVisible();
        return heading.boundingBox();
      };
      // The static first frame of index.html: the app's code never arrives.
      const shell = await context.newPage();
      await shell.setViewportSize({ width, height });
      await shell.route('**/assets/*.js', (route) => route.abort());
      await shell.goto(`./${query}`);
      await expect(shell.getByRole('status')).toBeVisible();
      const before = await titleBox(shell);
      const app = await context.newPage();
      await app.setViewportSize({ width, height });
      await app.goto(`./${query}`);
      await expect(app.locator('.city-marker').first()).toBeVisible();
      // The page's own title, not the first frame's (it may still be there with the markers).
      await expect(app.locator('.shell-pl')).toHaveCount(0);
      // Same place, same lines: the title does not jump when the app replaces the frame.
      expect(await titleBox(app)).toEqual(before);
    });
  }

  test('a failed load says so, and the retry button loads the map', async ({ page }) => {
    let fail = true;
    await page.route(DATA, (route) =>
      fail ? route.fulfill({ status: 503, body: 'Service Unavailable' }) : route.continue(),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Nie udało się wczytać danych mapy.');
    await expect(alert).toContainText('Serwer nie udostępnił pliku z danymi.');
    fail = false;
    await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
    await expect(page.locator('.city-marker').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  for (const [what, body, contentType] of [
    ['an HTML page instead of JSON', '<!doctype html><title>404</title>', 'text/html'],
    ['a file that is not JSON', '{"hub": ', 'application/json'],
    ['JSON of the wrong shape', '[1, 2, 3]', 'application/json'],
  ] as const) {
    test(`${what} gives a clear message, not a blank page`, async ({ page }) => {
      await page.route(DATA, (route) => route.fulfill({ status: 200, body, contentType }));
      await page.goto('./');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Nie udało się wczytać danych mapy.');
      await expect(alert).toContainText('Plik z danymi jest uszkodzony.');
      await expect(alert.getByRole('button', { name: 'Spróbuj ponownie' })).toBeEnabled();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  test("when the map's code cannot load, the map says so, the list still works, and a retry brings the map", async ({
    page,
  }) => {
    await page.route(/cooperation-map[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('Nie udało się wczytać mapy.');
    await expect(page.locator('.city-marker')).toHaveCount(0);
    await page.screenshot({ path: 'screenshots/map-code-failed.png' });
    await page
      .locator('.workspace__list')
      .getByRole('button', { name: /^Kijów,/ })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Kijów' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.unroute(/cooperation-map[^/]*\.js$/);
    await page.getByRole('alert').getByRole('button', { name: 'Spróbuj ponownie' }).click();
    await expect(page.locator('.city-marker').first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test("a city's details load when first asked, named and closable while they come", async ({
    page,
  }) => {
    const release = await holdBack(page, /city-panel[^/]*\.js$/);
    await page.goto('./');
    await page
      .locator('.workspace__list')
      .getByRole('button', { name: /^Kijów,/ })
      .click();
    const panel = page.getByRole('region', { name: 'Kijów' });
    await expect(panel.getByRole('status')).toHaveText('Wczytywanie szczegółów miasta…');
    await expect(panel.getByRole('heading', { level: 2, name: 'Kijów' })).toBeFocused();
    await page.screenshot({ path: 'screenshots/panel-code-loading.png' });
    release();
    await expect(panel.getByText(/^Wizyty: /)).toBeVisible();
    await expect(panel.getByRole('status')).toHaveCount(0);
    await expect(panel.getByRole('heading', { level: 2, name: 'Kijów' })).toBeFocused();
  });

  test("on a phone, when a city's details cannot load, the sheet says so and closes", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.route(/city-panel[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./?city=kyiv');
    const panel = page.getByRole('region', { name: 'Kijów' });
    await expect(panel.getByRole('alert')).toContainText(
      'Nie udało się wczytać szczegółów miasta.',
    );
    await page.screenshot({ path: 'screenshots/panel-code-failed-phone.png' });
    await panel.getByRole('button', { name: 'Zamknij panel' }).click();
    await expect(panel).toHaveCount(0);
    await expect(page).not.toHaveURL(/city=/);
    // The map answers again (it was inert under the sheet): another city opens.
    await page.getByRole('button', { name: /^Berlin,/ }).click();
    await expect(page.getByRole('region', { name: 'Berlin' }).getByRole('alert')).toBeVisible();
  });

  test('the share window waits for its code, busy, then opens with focus inside', async ({
    page,
  }) => {
    const release = await holdBack(page, /share-dialog[^/]*\.js$/);
    await page.goto('./');
    const opener = page.getByRole('button', { name: 'Udostępnij / Osadź' });
    await opener.click();
    await expect(opener).toHaveAttribute('aria-busy', 'true');
    release();
    const dialog = page.getByRole('dialog', { name: 'Udostępnij lub osadź mapę' });
    await expect(dialog.getByRole('button', { name: 'Zamknij' })).toBeFocused();
    await expect(opener).toHaveAttribute('aria-busy', 'false');
  });

  test('when the share window cannot load, the button says so', async ({ page }) => {
    await page.route(/share-dialog[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await page.getByRole('button', { name: 'Udostępnij / Osadź' }).click();
    const note = page.getByRole('alert');
    await expect(note).toHaveText(
      'Nie udało się wczytać okna udostępniania. Naciśnij przycisk, by spróbować ponownie.',
    );
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.screenshot({ path: 'screenshots/share-code-failed.png' });
    // The note goes when the button is left.
    await page.keyboard.press('Tab');
    await expect(note).toHaveCount(0);
  });

  test('when the summary cannot load, it says so and the list comes back', async ({ page }) => {
    await page.route(/summary-side[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await page.getByRole('button', { name: 'Podsumowanie' }).click();
    await expect(page.getByRole('alert')).toContainText('Nie udało się wczytać podsumowania.');
    await page.screenshot({ path: 'screenshots/summary-code-failed.png' });
    await page.getByRole('button', { name: 'Miasta', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Lista miast' })).toBeVisible();
    // Back online, a retry brings the summary.
    await page.unroute(/summary-side[^/]*\.js$/);
    await page.getByRole('button', { name: 'Podsumowanie', exact: true }).click();
    await page.getByRole('alert').getByRole('button', { name: 'Spróbuj ponownie' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(
      page.getByRole('region', { name: 'Podsumowanie' }).getByRole('figure').first(),
    ).toBeVisible();
  });

  test('a network failure asks to check the connection', async ({ page }) => {
    await page.route(DATA, (route) => route.abort('internetdisconnected'));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('Sprawdź połączenie z internetem');
  });

  test('the error message follows the language', async ({ page }) => {
    await page.route(DATA, (route) => route.fulfill({ status: 500, body: '' }));
    await page.goto('./?lang=en');
    await expect(page.getByRole('alert')).toContainText('The map data could not be loaded.');
    await expect(page.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();
  });
});
