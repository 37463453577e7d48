import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, openMap, test } from './support/fixtures';
import { serveFolder, startServer } from './support/static-server';
import { expectNoViolations } from './support/axe';

const SHOTS = 'screenshots/editor';
const DIST = path.resolve(import.meta.dirname, '..', 'dist');
const badData = (file: string) =>
  fileURLToPath(new URL(`./fixtures/bad-data/${file}`, import.meta.url));

async function startFromDeployed(page: Page): Promise<void> {
  await page.goto('./editor.html');
  await page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }).click();
  await showHub(page);
}

/** The hub's part of the file, Poznań: the checks below edit its fields. */
async function showHub(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Części pliku' })
    .getByRole('button', { name: 'Poznań' })
    .click();
  await expect(page.getByRole('heading', { name: 'Poznań', level: 2 })).toBeVisible();
}

test.describe('the editor', () => {
  // A page load, the validator on the whole file and axe: slow on a busy 2-core machine.
  test.beforeEach(() => test.slow());

  test('is its own page, kept out of search engines, axe clean at the start', async ({ page }) => {
    await page.goto('./editor.html');
    await expect(page).toHaveTitle('Edytor danych mapy współpracy');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.getByRole('heading', { name: 'Od czego zaczynasz?' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/start-desktop.png` });
    await expectNoViolations(page);
  });

  test('checks the hub as it is typed, and the problem list leads to the field', async ({
    page,
  }) => {
    await startFromDeployed(page);
    await expect(page.getByRole('status').filter({ hasText: 'Brak problemów' })).toBeVisible();
    const polishName = page.getByRole('textbox', { name: 'Nazwa po polsku' });
    await expect(polishName).toHaveValue('Poznań');

    await polishName.fill(' Poznań');
    await expect(polishName).toHaveAttribute('aria-invalid', 'true');
    const atField = page.locator(`#${await polishName.getAttribute('aria-describedby')}`);
    // Said as it appears, while typing: a live region with the field's problems.
    await expect(
      page.getByRole('status').filter({ hasText: /^Błąd: tekst zaczyna się/ }),
    ).toHaveCount(1);
    await expect(atField).toContainText('Błąd');
    await expect(atField).toContainText(/spacj/);
    const list = page.getByRole('complementary', { name: 'Problemy' });
    await expect(list.getByRole('status')).toHaveText('1 błąd, 0 ostrzeżeń');
    const entry = list.getByRole('button', { name: /spacj/ });
    await expect(entry).toContainText('Poznań › name.pl');
    await page.screenshot({ path: `${SHOTS}/workspace-error-desktop.png` });
    await expectNoViolations(page);

    await page.getByRole('textbox', { name: 'Nazwa po angielsku' }).focus();
    await entry.click();
    await expect(polishName).toBeFocused();
    // And by keyboard alone.
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect(polishName).toBeFocused();

    await polishName.fill('Poznań');
    await expect(list.getByRole('status')).toHaveText(
      'Brak problemów: plik spełnia wszystkie warunki mapy.',
    );
    await expect(polishName).not.toHaveAttribute('aria-invalid');
  });

  test('keeps the text of a number that is not one, for the validator to explain', async ({
    page,
  }) => {
    await startFromDeployed(page);
    const latitude = page.getByRole('textbox', { name: 'Szerokość geograficzna (lat)' });
    await latitude.fill('52,4064');
    await expect(latitude).toHaveValue('52,4064');
    await expect(latitude).toHaveAttribute('aria-invalid', 'true');
    await latitude.fill('52.40640');
    await expect(latitude).toHaveValue('52.40640');
    await expect(latitude).not.toHaveAttribute('aria-invalid');
  });

  test('keeps the working copy over a reload, and starting over asks first', async ({ page }) => {
    await startFromDeployed(page);
    const polishName = page.getByRole('textbox', { name: 'Nazwa po polsku' });
    await polishName.fill('Poznań (kopia)');
    await expect(page.getByText('Zapisywanie…')).toBeHidden();

    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Nazwa po polsku' })).toHaveValue(
      'Poznań (kopia)',
    );

    await page.getByRole('button', { name: 'Zacznij od nowa' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zacząć od nowa?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Anuluj' })).toBeFocused();
    await page.screenshot({ path: `${SHOTS}/start-over-dialog-desktop.png` });
    await expectNoViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Nazwa po polsku' })).toHaveValue(
      'Poznań (kopia)',
    );

    await page.getByRole('button', { name: 'Zacznij od nowa' }).click();
    await dialog.getByRole('button', { name: 'Usuń kopię roboczą' }).click();
    await expect(page.getByRole('heading', { name: 'Od czego zaczynasz?' })).toBeFocused();
    await expect(
      page.getByRole('heading', { name: 'Kopia robocza w tej przeglądarce' }),
    ).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Od czego zaczynasz?' })).toBeVisible();
  });

  test('offers the saved working copy on a new visit, with its file and time', async ({
    page,
    context,
  }) => {
    await startFromDeployed(page);
    await page.getByRole('textbox', { name: 'Nazwa po polsku' }).fill('Poznań (kopia)');
    await expect(page.getByText('Zapisywanie…')).toBeHidden();

    const second = await context.newPage();
    await second.goto('./editor.html');
    const saved = second.getByRole('region', { name: 'Kopia robocza w tej przeglądarce' });
    await expect(saved).toContainText('cooperation.json');
    await expect(saved.locator('time')).toBeVisible();
    await second.screenshot({ path: `${SHOTS}/start-with-saved-desktop.png` });
    await saved.getByRole('button', { name: 'Wróć do kopii roboczej' }).click();
    await showHub(second);
    await expect(second.getByRole('textbox', { name: 'Nazwa po polsku' })).toHaveValue(
      'Poznań (kopia)',
    );
    await second.close();
  });

  test('opens a broken file from the disk with its problems listed', async ({ page }) => {
    await page.goto('./editor.html');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Wybierz plik…' }).click();
    await (await chooser).setFiles(badData('37-unknown-city.json'));
    const list = page.getByRole('complementary', { name: 'Problemy' });
    await expect(list.getByRole('status')).toContainText('1 błąd');
    await expect(list.getByRole('button', { name: /nieznane miasto/ })).toBeVisible();
    await expect(page.getByText('37-unknown-city.json')).toBeVisible();
  });

  test('says precisely why a file is not JSON, and offers the other ways', async ({ page }) => {
    await page.goto('./editor.html');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Wybierz plik…' }).click();
    await (await chooser).setFiles(badData('02-trailing-comma.json'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Nie udało się otworzyć pliku');
    await expect(alert).toContainText('02-trailing-comma.json');
    await expect(alert).toContainText(/Wiersz \d+, kolumna \d+\./);
    await expect(
      page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }),
    ).toBeEnabled();
    await page.screenshot({ path: `${SHOTS}/start-not-json-desktop.png` });
    await expectNoViolations(page);
  });

  test('opens a file dropped onto the page, and only from the start screen', async ({ page }) => {
    await page.goto('./editor.html');
    const drop = async (name: string, whileDragging: () => Promise<void>) => {
      const data = await page.evaluateHandle((fileName) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['{"hub": {}}'], fileName, { type: 'application/json' }));
        return transfer;
      }, name);
      await page.dispatchEvent('main', 'dragenter', { dataTransfer: data });
      await whileDragging();
      await page.dispatchEvent('main', 'drop', { dataTransfer: data });
    };
    await drop('dropped.json', () =>
      expect(page.getByText('Upuść plik, aby go otworzyć')).toBeVisible(),
    );
    await expect(page.getByText('dropped.json')).toBeVisible();
    await expect(
      page.getByRole('complementary', { name: 'Problemy' }).getByRole('status'),
    ).toContainText('błęd');

    await drop('second.json', () =>
      expect(page.getByText('Aby otworzyć inny plik, najpierw pobierz ten')).toBeVisible(),
    );
    await expect(page.getByText('Aby otworzyć inny plik, najpierw pobierz ten')).toBeHidden();
    await expect(page.getByText('dropped.json')).toBeVisible();
    await expect(page.getByText('second.json')).toBeHidden();
  });

  test('removes a key the map does not know, from the problem list', async ({ page }) => {
    await page.goto('./editor.html');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Wybierz plik…' }).click();
    await (await chooser).setFiles(badData('21-unknown-top-level-key.json'));
    const list = page.getByRole('complementary', { name: 'Problemy' });
    await expect(list.getByRole('button', { name: /nieznane pole "updated"/ })).toBeVisible();
    await list.getByRole('button', { name: 'Usuń pole „updated”' }).click();
    await expect(list.getByRole('status')).toHaveText(
      'Brak problemów: plik spełnia wszystkie warunki mapy.',
    );
  });

  test('works from a sub-path, asking nothing outside it', async ({ page }) => {
    const server = await startServer(serveFolder(DIST, '/mapa-wspolpracy/'));
    try {
      const asked: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === server.origin) asked.push(url.pathname);
      });
      await page.goto(`${server.origin}/mapa-wspolpracy/editor.html`);
      await page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }).click();
      await showHub(page);
      await expect(page.getByRole('textbox', { name: 'Nazwa po polsku' })).toHaveValue('Poznań');
      expect(asked.filter((pathname) => !pathname.startsWith('/mapa-wspolpracy/'))).toEqual([]);
      expect(asked).toContain('/mapa-wspolpracy/data/cooperation.json');
    } finally {
      await server.close();
    }
  });

  test('is never loaded by the public map', async ({ page }) => {
    await page.goto('./editor.html');
    await expect(page.getByRole('heading', { name: 'Od czego zaczynasz?' })).toBeVisible();
    const editorFiles = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]')]
        .map((element) => ('src' in element && element.src) || (element as HTMLLinkElement).href)
        .filter((url) => url.includes('/assets/')),
    );
    expect(editorFiles.length).toBeGreaterThan(0);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openMap(page);
    expect(requested.filter((url) => editorFiles.includes(url))).toEqual([]);
    expect(requested.filter((url) => /editor/.test(url))).toEqual([]);
  });

  test('switches to English and keeps it over a reload', async ({ page }) => {
    await startFromDeployed(page);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Cooperation map data editor' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('textbox', { name: 'Name in Polish' }).fill('Poznań ');
    await expect(
      page.getByRole('complementary', { name: 'Problems' }).getByRole('button'),
    ).toContainText('Error');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Name in Polish' })).toHaveValue('Poznań ');
    await page.screenshot({ path: `${SHOTS}/workspace-english-desktop.png` });
  });

  test('says plainly when the browser keeps nothing, and keeps working', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await startFromDeployed(page);
    await expect(page.getByRole('alert')).toContainText('Pamięć przeglądarki jest pełna');
    await page.getByRole('textbox', { name: 'Nazwa po polsku' }).fill(' Poznań');
    await expect(
      page.getByRole('complementary', { name: 'Problemy' }).getByRole('status'),
    ).toHaveText('1 błąd, 0 ostrzeżeń');
    await page.screenshot({ path: `${SHOTS}/storage-full-desktop.png` });
  });

  test('says so when the browser forbids storage altogether, and keeps working', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await startFromDeployed(page);
    await expect(page.getByRole('alert')).toContainText(
      'Przeglądarka nie pozwala zapisywać danych tej strony',
    );
    await page.getByRole('textbox', { name: 'Nazwa po polsku' }).fill('Poznań ');
    await expect(page.getByRole('textbox', { name: 'Nazwa po polsku' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  test.describe('offline', () => {
    // The map's code for the preview, asked for ahead of time once the editor is idle, cannot
    // come offline: a preload that fails is not a failure (it is asked for again on use).
    test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] });

    test('works offline once loaded: a file from the disk opens and is checked', async ({
      page,
      context,
    }) => {
      await page.goto('./editor.html');
      await expect(page.getByRole('heading', { name: 'Od czego zaczynasz?' })).toBeVisible();
      await context.setOffline(true);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Wybierz plik…' }).click();
      await (await chooser).setFiles(badData('52-text-leading-space.json'));
      await expect(
        page
          .getByRole('complementary', { name: 'Problemy' })
          .getByRole('button', { name: /spacj/ }),
      ).not.toHaveCount(0);
      await context.setOffline(false);
    });
  });

  test('fits 320 px without sideways scrolling, and is axe clean on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('./editor.html');
    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    await page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }).click();
    await showHub(page);
    await page.getByRole('textbox', { name: 'Nazwa po polsku' }).fill(' Poznań');
    await expect(page.getByRole('textbox', { name: 'Nazwa po polsku' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await fits()).toBe(true);
    await expectNoViolations(page);
  });
});

/** Hostile and broken files (e2e/fixtures/bad-data): each opens with its problems or says why not. */
test.describe('the editor with a broken file', () => {
  test.beforeEach(() => test.slow());

  for (const [file, expected] of [
    ['09-html-page.json', 'To strona WWW (HTML)'],
    ['07-empty.json', 'Plik jest pusty.'],
    ['18-array-at-top.json', 'nie obiekt { … }'],
    ['06-truncated.json', 'To nie jest poprawny JSON.'],
  ] as const) {
    test(`${file} is refused with the reason`, async ({ page }) => {
      await page.goto('./editor.html');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Wybierz plik…' }).click();
      await (await chooser).setFiles(badData(file));
      await expect(page.getByRole('alert')).toContainText(expected);
    });
  }

  for (const [file, expected] of [
    ['57-proto-key-in-city.json', /__proto__/],
    ['58-proto-key-at-top.json', /__proto__/],
    ['36-duplicate-key.json', /zapisane dwa razy|zapisanych dwa razy/],
    ['15-windows-1250.json', /nie był zapisany w UTF-8/],
    ['54-html-in-text.json', /Brak problemów/],
  ] as const) {
    test(`${file} opens, and what is wrong is said`, async ({ page }) => {
      await page.goto('./editor.html');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Wybierz plik…' }).click();
      await (await chooser).setFiles(badData(file));
      await expect(page.getByRole('navigation', { name: 'Części pliku' })).toBeVisible();
      await expect(page.locator('body')).toContainText(expected);
      expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);
    });
  }
});

/** The states, in Polish, as a clerk sees them on a desktop and on a phone. */
test.describe('screenshots of the editor', () => {
  test.beforeEach(() => test.slow());

  for (const [device, size] of [
    ['desktop', { width: 1366, height: 768 }],
    ['phone', { width: 375, height: 667 }],
  ] as const) {
    test(`on a ${device}`, async ({ page }) => {
      await page.setViewportSize(size);
      await page.goto('./editor.html');
      await expect(page.getByRole('heading', { name: 'Od czego zaczynasz?' })).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/${device}-1-start.png`, fullPage: true });
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Wybierz plik…' }).click();
      await (await chooser).setFiles(badData('01-missing-comma.json'));
      await expect(page.getByRole('alert')).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/${device}-2-not-json.png`, fullPage: true });
      await page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }).click();
      await showHub(page);
      const polishName = page.getByRole('textbox', { name: 'Nazwa po polsku' });
      await polishName.fill(' Poznań');
      await page.getByRole('textbox', { name: 'Szerokość geograficzna (lat)' }).fill('52,4');
      await expect(
        page.getByRole('complementary', { name: 'Problemy' }).getByRole('status'),
      ).toHaveText('2 błędy, 0 ostrzeżeń');
      await page.screenshot({ path: `${SHOTS}/${device}-3-workspace-errors.png`, fullPage: true });
      await page.getByRole('button', { name: 'Zacznij od nowa' }).click();
      await page.screenshot({ path: `${SHOTS}/${device}-4-start-over.png` });
    });
  }
});

test.describe('the editor when the published file is missing', () => {
  // The browser logs the failed request itself.
  test.use({ allowedConsoleErrors: [/404/] });
  test.beforeEach(() => test.slow());

  test('says what the server answered when the published file is missing', async ({ page }) => {
    await page.route(/\/data\/cooperation\.json$/, (route) =>
      route.fulfill({ status: 404, body: 'Not Found' }),
    );
    await page.goto('./editor.html');
    await page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Serwer odpowiedział kodem 404 zamiast pliku z danymi.',
    );
    await expect(page.getByRole('button', { name: 'Wybierz plik…' })).toBeEnabled();
  });
});
