import type { Page } from '@playwright/test';
import { expect, openMap, test } from './support/fixtures';

/** What has focus: its accessible name or text, for the walkthrough's record. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '(body)';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60);
  });
}

/**
 * Presses Tab until the focused element's name matches, and returns the names passed. Fails
 * if focus leaves the page on the way (a wrap-around would hide a wrong order).
 */
async function tabTo(page: Page, target: RegExp, limit = 80): Promise<string[]> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const name = await focused(page);
    passed.push(name);
    if (target.test(name)) return passed;
    if (name === '(body)') break;
  }
  throw new Error(`never reached ${target} by Tab; passed: ${passed.join(' | ')}`);
}

/** The focus indicator is drawn: an outline or a ring, not the browser's default "none". */
function hasFocusRing(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return (
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      style.boxShadow !== 'none'
    );
  });
}

test.describe('keyboard alone', () => {
  test('a whole walkthrough: skip link, language, themes, the list, a marker, the panel', async ({
    page,
  }) => {
    // A long scenario: on a busy 2-core machine it came within seconds of 30 s.
    test.slow();
    await openMap(page);

    // 1. The first Tab reaches the skip link, which shows itself.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Przejdź do listy miast' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();

    // 2. The language switch and the theme toggles, operated with Space.
    await tabTo(page, /^English$/);
    const passed = await tabTo(page, /^Sport 2 wizyty$/);
    expect(passed).not.toContain('(body)');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Sport 2 wizyty' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('status').filter({ hasText: 'miast' })).toHaveText('3 z 22 miast');
    await page.keyboard.press('Space');
    await expect(page.getByRole('status').filter({ hasText: 'miast' })).toHaveText('22 z 22 miast');

    // 3. The list, in the panel at the map's left: reached by Tab after the filters, as the eye
    //    reads them; each city opens the same panel.
    await tabTo(page, /^Według kraju$/);
    await tabTo(page, /^Mińsk, Białoruś: 1 wizyta$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Mińsk' })).toBeFocused();
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('Mińsk, Białoruś: 1 wizyta');

    // 4. On to the map, after the panel: its markers, each with a visible focus ring.
    await tabTo(page, /^Mapa współpracy zagranicznej Poznania$/);
    await tabTo(page, /^Kijów, Ukraina: 1 wizyta$/);
    expect(await hasFocusRing(page)).toBe(true);

    // 5. Space opens the panel with focus on its heading; Escape closes it, focus returns.
    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { level: 2, name: 'Kijów' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Kijów' })).toHaveCount(0);
    expect(await focused(page)).toBe('Kijów, Ukraina: 1 wizyta');

    // 6. Enter opens it too; the close button closes it, focus returns to the marker.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Kijów' })).toBeFocused();
    await tabTo(page, /Zamknij panel$/);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('Kijów, Ukraina: 1 wizyta');

    // 7. The map's controls come after its markers, also with a focus ring.
    await tabTo(page, /^Przybliż$/);
    expect(await hasFocusRing(page)).toBe(true);
  });

  test('the skip link jumps over everything to the list', async ({ page }) => {
    await openMap(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Lista miast' })).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Według kraju');
  });

  test('there is no keyboard trap: Tab goes through the whole page and back to the start', async ({
    page,
  }) => {
    await openMap(page, '?city=takasaki');
    const seen: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      await page.keyboard.press('Tab');
      const name = await focused(page);
      if (seen.length > 5 && name === seen[0]) break;
      seen.push(name);
    }
    expect(seen[0]).toBe('Przejdź do listy miast');
    expect(seen.length).toBeLessThan(200);
    expect(seen).toContain('Takasaki, Japonia: 2 wizyty');
    expect(seen.some((name) => name.endsWith('Zamknij panel'))).toBe(true);
  });
});

test('Tab walks the markers in alphabetical order, as the list reads', async ({ page }) => {
  await openMap(page);
  await tabTo(page, /^Mapa współpracy zagranicznej Poznania$/);
  const passed = await tabTo(page, /^Przybliż$/);
  const markers = passed.slice(0, -1).map((name) => name.split(',')[0]!);
  expect(markers.length).toBeGreaterThan(10);
  expect(markers).toEqual([...markers].sort(new Intl.Collator('pl').compare));
});

test.describe('keyboard alone in an embedded map', () => {
  test.use({ viewport: { width: 760, height: 520 } });

  test('"Filtry" opens the panel, Tab goes on through it to the map, Escape leads back to "Filtry"', async ({
    page,
  }) => {
    await openMap(page, '?embed=1');
    await tabTo(page, /^Filtry$/);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Panel boczny' })).toBeVisible();
    // The panel follows the button that opened it, then the map: no trap on the way.
    await tabTo(page, /^Wyczyść filtry$/);
    await tabTo(page, /^Mińsk, Białoruś: 1 wizyta$/, 120);
    await tabTo(page, /^Przybliż$/, 120);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Panel boczny' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Filtry', exact: true })).toBeFocused();
  });
});
