import type { Page } from '@playwright/test';
import { cityButton, expect, openMap, test } from './support/fixtures';

const visibleMarkers = (page: Page) => page.locator('.city-marker:not(.city-marker--hub)');

test.describe('the theme filter', () => {
  test('each theme is a toggle button with its number of visits', async ({ page }) => {
    await openMap(page);
    const filters = page.getByRole('region', { name: 'Filtry' });
    await expect(filters.getByRole('button', { name: 'Sport 2 wizyty' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(filters.getByRole('button', { name: /^Dziedzictwo.* 2 wizyty$/ })).toBeVisible();
    await expect(filters.getByRole('button', { name: /^Seniorzy 1 wizyta$/ })).toBeVisible();
    await expect(filters.getByRole('status')).toHaveText('22 z 22 miast');
  });

  test('a theme keeps the cities with a matching visit, announces the result and goes into the address', async ({
    page,
  }) => {
    await openMap(page);
    const filters = page.getByRole('region', { name: 'Filtry' });
    await filters.getByRole('button', { name: /^Sport/ }).click();
    await expect(filters.getByRole('button', { name: /^Sport/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(filters.getByRole('status')).toHaveText('3 z 22 miast');
    await expect(page).toHaveURL(/[?&]themes=sport(&|$)/);
    await expect(visibleMarkers(page)).toHaveCount(3);
    for (const name of ['Berlin', 'Takasaki', 'Charków'])
      await expect(cityButton(page, name)).toHaveCount(1);
    await expect(cityButton(page, 'Kijów')).toHaveCount(0);

    // Several themes: any of them.
    await filters.getByRole('button', { name: /^Dziedzictwo/ }).click();
    await expect(filters.getByRole('status')).toHaveText('5 z 22 miast');
    await expect(page).toHaveURL(/themes=sport,heritage/);

    await filters.getByRole('button', { name: 'Wyczyść filtry' }).click();
    await expect(filters.getByRole('status')).toHaveText('22 z 22 miast');
    await expect(visibleMarkers(page)).toHaveCount(22);
    await expect(page).not.toHaveURL(/themes=/);
  });

  test('an open panel shows only the matching visits', async ({ page }) => {
    await openMap(page, '?city=takasaki&themes=sport');
    const panel = page.getByRole('region', { name: 'Takasaki' });
    await expect(panel.getByRole('article')).toHaveCount(1);
    await expect(panel.getByRole('heading', { name: '20. PKO Maraton Poznański' })).toBeVisible();
    await expect(panel).toContainText('Pokazano 1 z 2 wizyt');
    await expect(cityButton(page, 'Takasaki')).toHaveAccessibleName(/^Takasaki, Japonia: 1 wizyta/);
  });

  test('a theme with no visit is shown but cannot be chosen', async ({ page }) => {
    await openMap(page);
    const filters = page.getByRole('region', { name: 'Filtry' });
    const urban = filters.getByRole('button', { name: / 0 wizyt$/ });
    await expect(urban).toHaveAttribute('aria-disabled', 'true');
    await urban.click({ force: true });
    await expect(filters.getByRole('status')).toHaveText('22 z 22 miast');
  });

  test('a filter change keeps the markers that stay: the same elements, not new ones', async ({
    page,
  }) => {
    await openMap(page);
    await page.evaluate(() => {
      const remembered = new Map<string, Element>();
      for (const marker of document.querySelectorAll('.city-marker[data-city-id]'))
        remembered.set(marker.getAttribute('data-city-id')!, marker);
      (window as unknown as { remembered: Map<string, Element> }).remembered = remembered;
    });
    const filters = page.getByRole('region', { name: 'Filtry' });
    await filters.getByRole('button', { name: /^Sport/ }).click();
    await expect(filters.getByRole('status')).toHaveText('3 z 22 miast');
    await filters.getByRole('button', { name: /^Sport/ }).click();
    await expect(filters.getByRole('status')).toHaveText('22 z 22 miast');
    // Berlin, Takasaki and Charków stayed through both changes; the others came back.
    const kept = await page.evaluate(() => {
      const { remembered } = window as unknown as { remembered: Map<string, Element> };
      return ['berlin', 'takasaki', 'kharkiv'].filter(
        (id) => document.querySelector(`.city-marker[data-city-id="${id}"]`) === remembered.get(id),
      );
    });
    expect(kept).toEqual(['berlin', 'takasaki', 'kharkiv']);
  });

  test('after a filter change Tab still walks the markers in name order', async ({ page }) => {
    await openMap(page);
    const filters = page.getByRole('region', { name: 'Filtry' });
    await filters.getByRole('button', { name: /^Sport/ }).click();
    await expect(filters.getByRole('status')).toHaveText('3 z 22 miast');
    await filters.getByRole('button', { name: /^Sport/ }).click();
    await expect(filters.getByRole('status')).toHaveText('22 z 22 miast');
    // The names the markers show on hover, in the order of their elements (Tab's order).
    const names = await page
      .locator('.city-marker[data-city-id]')
      .evaluateAll((markers) => markers.map((marker) => marker.getAttribute('aria-label')!));
    const sorted = [...names].sort(new Intl.Collator('pl').compare);
    expect(names).toHaveLength(22);
    expect(names).toEqual(sorted);
  });
});
