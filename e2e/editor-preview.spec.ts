import type { Page } from '@playwright/test';
import { DATA_REQUEST } from './support/data';
import { cityButton, expect, mapRegion, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';

const SHOTS = 'screenshots/editor-preview';
const BAR = 'Podgląd kopii roboczej — nic nie zostało opublikowane';

/** Counts the requests for the data file from now on. */
function countDataRequests(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (DATA_REQUEST.test(new URL(request.url()).pathname)) seen.count += 1;
  });
  return seen;
}

async function startFromDeployed(page: Page): Promise<void> {
  await page.goto('./editor.html');
  await page.getByRole('button', { name: 'Zacznij od opublikowanych danych' }).click();
  await expect(page.getByRole('navigation', { name: 'Części pliku' })).toBeVisible();
}

async function openSection(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Części pliku' })
    .getByRole('button', { name })
    .click();
}

async function openPreview(page: Page) {
  await page.getByRole('button', { name: 'Podgląd na mapie' }).click();
  const preview = page.getByRole('dialog', { name: BAR });
  await expect(preview).toBeVisible();
  return preview;
}

test.describe('the preview of the working copy', () => {
  // A page load, the validator, the map's code and axe: slow on a busy 2-core machine.
  test.beforeEach(() => test.slow());
  test.use({ viewport: { width: 1366, height: 768 } });

  test('shows the working copy in the real map, asks no server for the data, and leads back', async ({
    page,
  }) => {
    await startFromDeployed(page);
    await openSection(page, 'Miasta');
    await page.getByRole('button', { name: /^Takasaki/ }).click();
    await page
      .getByRole('region', { name: 'Takasaki' })
      .getByLabel('Nazwa po polsku')
      .fill('Takasaki Nowe');
    const editorAddress = page.url();
    const data = countDataRequests(page);

    const preview = await openPreview(page);
    await expect(preview.getByText(BAR)).toBeFocused();
    await cityButton(page, 'Takasaki Nowe').click();
    await expect(preview.getByRole('heading', { name: 'Takasaki Nowe', level: 2 })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/preview-city-desktop.png` });
    // The map's view stays in the preview: the editor's address and its reload are the editor's.
    expect(page.url()).toBe(editorAddress);

    // Escape first closes the city's panel, as on the map; then the preview.
    await page.keyboard.press('Escape');
    await expect(preview.getByRole('heading', { name: 'Takasaki Nowe', level: 2 })).toBeHidden();
    await expect(preview).toBeVisible();
    // The map inside may switch to English; the bar stays in the editor's language.
    await preview.getByRole('button', { name: 'English' }).click();
    await expect(
      preview.getByRole('heading', { name: "Poznań's international cooperation" }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(preview.locator('[lang="pl"]', { hasText: BAR })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    await expect(page.getByRole('button', { name: 'Podgląd na mapie' })).toBeFocused();
    await expect(page).toHaveTitle('Edytor danych mapy współpracy');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(
      page.getByRole('heading', { name: 'Edytor danych mapy współpracy' }),
    ).toBeVisible();
    expect(data.count).toBe(0);

    await page.reload();
    await openSection(page, 'Miasta');
    await expect(page.getByRole('button', { name: /^Takasaki Nowe/ })).toBeVisible();
  });

  test('shows a changed hub, and leaves out what cannot be drawn, saying so', async ({ page }) => {
    await startFromDeployed(page);
    await openSection(page, 'Poznań');
    await page.getByRole('textbox', { name: 'Nazwa po polsku' }).fill('Poznań (kopia robocza)');
    await openSection(page, 'Miasta');
    await page.getByRole('button', { name: /^Takasaki/ }).click();
    await page
      .getByRole('region', { name: 'Takasaki' })
      .getByLabel('Szerokość geograficzna (lat)')
      .fill('');

    const preview = await openPreview(page);
    await expect(
      mapRegion(page).getByRole('img', { name: /^Poznań \(kopia robocza\)/ }),
    ).toBeAttached();
    await expect(cityButton(page, 'Kijów')).toBeVisible();
    await expect(cityButton(page, 'Takasaki')).toHaveCount(0);
    await expect(preview.getByText(/Pominięto \d+ wpis\w* z błędami/)).toBeVisible();
  });

  test('"Wróć do edycji" closes it on a phone, focus back on the button', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await startFromDeployed(page);
    const preview = await openPreview(page);
    await expect(cityButton(page, 'Takasaki')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/preview-phone.png` });
    await preview.getByRole('button', { name: 'Wróć do edycji' }).click();
    await expect(preview).toBeHidden();
    await expect(page.getByRole('button', { name: 'Podgląd na mapie' })).toBeFocused();
  });

  test('is axe clean with a city open, on a laptop', async ({ page }) => {
    await startFromDeployed(page);
    const preview = await openPreview(page);
    await cityButton(page, 'Mińsk').click();
    await expect(preview.getByRole('heading', { name: 'Mińsk', level: 2 })).toBeVisible();
    await expectNoViolations(page);
  });

  test('fits a phone, in English when the editor is', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await startFromDeployed(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Preview on the map' }).click();
    const preview = page.getByRole('dialog', {
      name: 'Preview of the working copy — nothing has been published',
    });
    await expect(preview.getByRole('button', { name: 'Back to editing' })).toBeVisible();
    await expect(cityButton(page, 'Takasaki')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/preview-phone-en.png` });
    await expectNoViolations(page);
    // WCAG 1.4.10: at 320 CSS px nothing needs sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect(preview.getByRole('button', { name: 'Back to editing' })).toBeInViewport();
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
  });

  test('says why a working copy the map cannot draw is not shown', async ({ page }) => {
    await startFromDeployed(page);
    await openSection(page, 'Poznań');
    await page.getByRole('textbox', { name: 'Szerokość geograficzna (lat)' }).fill('');
    const preview = await openPreview(page);
    await expect(preview.getByRole('alert')).toContainText(
      'Tej kopii roboczej nie da się jeszcze pokazać na mapie',
    );
    await page.screenshot({ path: `${SHOTS}/preview-unreadable-desktop.png` });
    await expectNoViolations(page);
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
  });

  test.describe('once the editor has loaded', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('opens without the network', async ({ page, context }) => {
      const mapCode = page.waitForResponse(/\/assets\/cooperation-map-[^/]+\.js$/);
      await startFromDeployed(page);
      await mapCode;
      await context.setOffline(true);
      await openPreview(page);
      await cityButton(page, 'Takasaki').click();
      await expect(page.getByRole('heading', { name: 'Takasaki', level: 2 })).toBeVisible();
    });
  });

  test.describe('when the map’s code cannot be downloaded', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('says so, and tries again on request', async ({ page }) => {
      // From the start: the editor loads the map's code ahead, once it is idle.
      let fail = true;
      await page.route(/\/assets\/start-[^/]+\.js$/, (route) =>
        fail ? route.abort('internetdisconnected') : route.continue(),
      );
      await startFromDeployed(page);
      const preview = await openPreview(page);
      await expect(preview.getByRole('alert')).toContainText('Nie udało się wczytać mapy');
      await page.screenshot({ path: `${SHOTS}/preview-failed-desktop.png` });
      fail = false;
      await preview.getByRole('button', { name: 'Spróbuj ponownie' }).click();
      await expect(cityButton(page, 'Takasaki')).toBeVisible();
    });
  });
});
