import type { Page } from '@playwright/test';
import { generateCooperation, toJsonText } from '../scripts/generate-data/generate';
import { cooperationSchema } from '../src/data/schema';
import { testData, serveData } from './support/data';
import { expect, openMap, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';

/** Tiles never load in these tests: every state is also the "tiles failed" state. */
test.describe('axe finds no violation', () => {
  // A page load and a whole-page axe run: 30 s was not enough on a busy 2-core machine.
  test.beforeEach(() => test.slow());

  for (const [state, query] of [
    ['in the first view', ''],
    ['with a panel open', '?city=minsk'],
    ['in a filtered view', '?themes=sport,heritage&city=takasaki'],
    ['when the filter leaves no city', '?themes=urban-development'],
    ['in English', '?lang=en&city=kharkiv'],
    ['with facets that leave options at zero', '?direction=incoming&country=DE'],
    ['with the summary and its charts', '?summary=1&themes=sport'],
    ['without the lines, in English', '?arcs=0&summary=1&lang=en'],
  ] as const) {
    test(state, async ({ page }) => {
      await openMap(page, query);
      await expectNoViolations(page);
    });
  }

  test('with the list grouped by kind of cooperation', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Według rodzaju współpracy' }).click();
    await expectNoViolations(page);
  });

  test('with the search suggestions open', async ({ page }) => {
    await openMap(page);
    await page.getByRole('combobox', { name: 'Szukaj' }).fill('ki');
    await expect(page.getByRole('listbox')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expectNoViolations(page);
  });

  test('with the list of countries open', async ({ page }) => {
    await openMap(page, '?country=JP');
    await page.getByRole('button', { name: /^Kraj/ }).click();
    await expect(page.getByRole('checkbox', { name: /^Japonia/ })).toBeChecked();
    await expectNoViolations(page);
  });

  test('with the year sliders of a multi-year file', async ({ page }) => {
    const base = cooperationSchema.parse(testData());
    const data = generateCooperation({ base, cities: 40, visitsPerCity: 3, years: 4, seed: 3 });
    await serveData(page, toJsonText(data));
    await openMap(page);
    await expect(page.getByRole('slider', { name: 'Od roku' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('with a note about skipped entries', async ({ page }) => {
    const data = testData();
    data.visits[0].date = '2019-02-30';
    await serveData(page, data);
    await openMap(page);
    await expect(page.locator('.data-notice')).toBeVisible();
    await expectNoViolations(page);
  });

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });
    test('when the data cannot be loaded', async ({ page }) => {
      await page.route(/\/data\/cooperation\.json$/, (route) => route.fulfill({ status: 500 }));
      await page.goto('./');
      await expect(page.getByRole('alert')).toBeVisible();
      await expectNoViolations(page);
    });
  });

  test.describe('on a phone (375 px)', () => {
    test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    for (const [state, query] of [
      ['map', ''],
      ['panel', '?city=kyiv'],
    ] as const) {
      test(state, async ({ page }) => {
        await openMap(page, query);
        await expectNoViolations(page);
      });
    }
    test('list', async ({ page }) => {
      await openMap(page);
      await page.getByRole('button', { name: 'Filtry i lista' }).tap();
      await expectNoViolations(page);
    });
    test('the sheet expanded with its filters open', async ({ page }) => {
      await openMap(page);
      await page.getByRole('button', { name: 'Filtry i lista' }).tap();
      await page.getByRole('button', { name: 'Filtry', exact: true }).tap();
      await expect(page.getByRole('button', { name: /^Sport/ })).toBeVisible();
      await expectNoViolations(page);
    });
    test('a city opened from its marker, in the sheet, in English', async ({ page }) => {
      await openMap(page, '?lang=en');
      await page.getByRole('button', { name: /^Berlin,/ }).tap();
      await expect(page.getByRole('region', { name: 'Berlin' })).toBeVisible();
      await expectNoViolations(page);
    });
  });

  test.describe('at 200% zoom', () => {
    // 1280 × 800 at 200% leaves 640 × 400 CSS pixels.
    test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    test('with a panel open', async ({ page }) => {
      await openMap(page, '?city=hanover');
      await expectNoViolations(page);
    });
  });
});

/** WCAG 1.4.10: at 320 CSS px (400% zoom of 1280 px) nothing needs sideways scrolling. */
test.describe('reflow at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 256 } });
  for (const [state, query] of [
    ['the map', ''],
    ['a panel', '?city=nottinghamshire'],
    ['the English panel', '?city=minsk&lang=en'],
  ] as const) {
    test(state, async ({ page }) => {
      await openMap(page, query);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
  test('the list and the open filters', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Filtry i lista' }).click();
    await page.getByRole('button', { name: 'Filtry', exact: true }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

/** WCAG 2.5.8: every control at least 24 × 24 CSS px (inline links in text are exempt). */
test.describe('target size', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  async function smallTargets(page: Page): Promise<string[]> {
    return page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, a[href], [role="button"], summary')]
        .filter((element) => !element.closest('.leaflet-control-attribution'))
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => ({ element, rect: element.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width > 0 && (rect.width < 24 || rect.height < 24))
        .map(
          ({ element, rect }) =>
            `${element.getAttribute('aria-label') ?? element.textContent?.trim()} ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        ),
    );
  }
  test('in the map, the panel and the list', async ({ page }) => {
    await openMap(page, '?city=kharkiv');
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Zamknij panel' }).tap();
    await page.getByRole('button', { name: 'Filtry i lista' }).tap();
    expect(await smallTargets(page)).toEqual([]);
  });
});

test('English names of Polish institutions carry their Polish original marked as Polish', async ({
  page,
}) => {
  await openMap(page, '?city=minsk&lang=en');
  const original = page.locator('.city-panel [lang="pl"]', {
    hasText: 'Centrum Polonijne w Mińsku',
  });
  await expect(original).toBeVisible();
  await expect(original.locator('..')).toContainText(
    'Polish Diaspora Centre in Minsk (Centrum Polonijne w Mińsku)',
  );
});

test.describe('less motion', () => {
  test('the map jumps instead of flying when the system asks for reduced motion', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openMap(page);
    // Leaflet marks a map that animates with "leaflet-fade-anim" (and the proxy it zooms with).
    await expect(page.locator('.leaflet-container')).not.toHaveClass(/leaflet-fade-anim/);
    await expect(page.locator('.leaflet-proxy')).toHaveCount(0);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openMap(page);
    await expect(page.locator('.leaflet-container')).toHaveClass(/leaflet-fade-anim/);
    await expect(page.locator('.leaflet-proxy')).toHaveCount(1);
  });
});

test("Leaflet's own controls speak the interface language and answer Space", async ({ page }) => {
  await openMap(page, '?city=kyiv');
  await expect(
    page.locator('.leaflet-control-attribution a[href="https://leafletjs.com"]'),
  ).toHaveAttribute('title', 'Biblioteka JavaScript do map interaktywnych');
  await expect(page.locator('.city-marker[aria-current="true"]')).toHaveAttribute(
    'aria-label',
    'Kijów, Ukraina: 1 wizyta',
  );
  const zoomIn = page.getByRole('button', { name: 'Przybliż' });
  const before = await page.locator('.leaflet-proxy').getAttribute('style');
  await zoomIn.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => page.locator('.leaflet-proxy').getAttribute('style')).not.toBe(before);
});
