import {
  cityButton,
  expect,
  expectCountriesDrawn,
  mapRegion,
  openMap,
  test,
} from './support/fixtures';
import { collisions, markerBoxes, tooSmall } from './support/marker-boxes';

test.describe('the first view', () => {
  test('shows every city: as a marker in view or a sign at the edge of the map', async ({
    page,
  }) => {
    await openMap(page);
    const map = mapRegion(page);
    // 22 cities of the data, each reachable as a button named "City, Country: N visits".
    const cityNames = [
      'Berlin',
      'Hamburg',
      'Helsinki',
      'Kijów',
      'Laatzen',
      'Mińsk',
      'Takasaki',
      'Assen',
      'Bolonia',
      'Brno',
      'Charków',
      'Győr',
      'Hanower',
      'Jyväskylä',
      'Kutaisi',
      'Nablus',
      'Nottinghamshire',
      'Pozuelo de Alarcón',
      "Ra’anana|Ra'anana",
      'Rennes',
      'Shenzhen',
      'Toledo',
    ];
    for (const name of cityNames) {
      await expect(cityButton(page, `(${name})`).filter({ visible: true })).toHaveCount(1);
    }
    await expect(map.getByRole('img', { name: 'Poznań, Polska: miasto gospodarz' })).toBeVisible();
    await expect(map.getByRole('list', { name: 'Miasta poza widokiem mapy' })).toBeVisible();
  });

  test('names markers by city, country and number of visits', async ({ page }) => {
    await openMap(page);
    await expect(cityButton(page, 'Takasaki')).toHaveAccessibleName(/^Takasaki, Japonia: 2 wizyty/);
    await expect(cityButton(page, 'Kijów')).toHaveAccessibleName('Kijów, Ukraina: 1 wizyta');
    await expect(cityButton(page, 'Assen')).toHaveAccessibleName('Assen, Holandia: 0 wizyt');
  });

  test('no marker or sign covers another, and each is at least 24 × 24 px', async ({ page }) => {
    await openMap(page);
    const boxes = await markerBoxes(page);
    expect(boxes.length).toBeGreaterThanOrEqual(23);
    expect(tooSmall(boxes, 24)).toEqual([]);
    expect(collisions(boxes)).toEqual([]);
  });

  test('markers lie inside the map, not under its edge', async ({ page }) => {
    await openMap(page);
    const outside = await page.evaluate(() => {
      const container = document.querySelector('.cooperation-map')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.city-marker[tabindex="0"]')]
        .filter((element) => {
          const rect = element.getBoundingClientRect();
          return (
            rect.left < container.left ||
            rect.right > container.right ||
            rect.top < container.top ||
            rect.bottom > container.bottom
          );
        })
        .map((element) => element.getAttribute('aria-label'));
    });
    expect(outside).toEqual([]);
  });

  test('draws the country shapes without any tile server, with no broken image', async ({
    page,
  }) => {
    await openMap(page);
    // One image of every country (world-110m.svg), laid across the map's box from its first frame.
    await expectCountriesDrawn(page);
    const world = page.locator('.basemap-pane img.leaflet-image-layer');
    await expect(world).toHaveCount(1);
    await expect(world).toHaveAttribute('alt', '');
    const coversMap = await world.evaluate((image) => {
      const box = image.getBoundingClientRect();
      const map = image.closest('.leaflet-container')!.getBoundingClientRect();
      return box.left <= map.left && box.right >= map.right;
    });
    expect(coversMap).toBe(true);
    const broken = await page.evaluate(() =>
      [...document.images]
        .filter((image) => !image.classList.contains('leaflet-tile'))
        .filter((image) => !image.complete || image.naturalWidth === 0)
        .map((image) => image.src),
    );
    expect(broken).toEqual([]);
  });

  test('from zoom 5 the finer outlines take the place of the image', async ({ page }) => {
    await openMap(page);
    const world = page.locator('.basemap-pane img.leaflet-image-layer');
    await expectCountriesDrawn(page);
    const zoomIn = page.getByRole('button', { name: 'Przybliż' });
    // Half a level a click: from the first view's zoom (under 4) to 5 or more.
    for (let i = 0; i < 6; i += 1) await zoomIn.click();
    const outlines = page.locator('.basemap-pane svg path');
    await expect(outlines).toHaveCount(1);
    await expect(outlines).toBeVisible();
    expect(await outlines.evaluate((path) => getComputedStyle(path).fill)).toBe(
      'rgb(243, 239, 230)',
    );
    await expect(world).toBeHidden();
  });

  test.describe('without the country shapes', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('the map says so, keeps its cities, and a retry draws the outlines', async ({ page }) => {
      const shapes = /world-110m[^/]*\.svg$/;
      await page.route(shapes, (route) => route.abort('internetdisconnected'));
      await openMap(page);
      const alert = mapRegion(page).getByRole('alert');
      await expect(alert).toContainText('Nie udało się wczytać konturów państw.');
      await expect(cityButton(page, 'Berlin')).toBeVisible();
      await page.unroute(shapes);
      await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
      await expectCountriesDrawn(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });

  test('shows a legend of the marker shapes and the lines, and the map attribution', async ({
    page,
  }) => {
    await openMap(page);
    // A control over the map that opens on demand.
    const toggle = page.getByRole('button', { name: 'Legenda' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const legend = page.getByRole('region', { name: 'Legenda' });
    await expect(legend.getByRole('listitem')).toHaveText([
      'Poznań',
      'Miasto partnerskie',
      'Współpraca bez umowy',
      'Wyjazdy z Poznania',
      'Przyjazdy do Poznania',
      'Grubsza linia: więcej wizyt',
    ]);
    await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
    await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
  });

  test('partner and informal markers differ in shape', async ({ page }) => {
    await openMap(page);
    const shapeOf = (name: string) =>
      cityButton(page, name).locator('polygon').first().getAttribute('points');
    expect(await shapeOf('Hanower')).not.toEqual(await shapeOf('Laatzen'));
    expect(await shapeOf('Hanower')).toEqual(await shapeOf('Brno'));
  });

  test('a far city opens with one click on its sign, and the map moves to it', async ({ page }) => {
    await openMap(page);
    const sign = mapRegion(page)
      .getByRole('list', { name: 'Miasta poza widokiem mapy' })
      .getByRole('button', { name: /^Takasaki/ });
    await sign.click();
    await expect(page.getByRole('region', { name: 'Takasaki' })).toBeVisible();
    const marker = page.locator('.city-marker[data-city-id="takasaki"]');
    await expect(marker).toBeInViewport();
  });

  test('when many cities are out of view their signs fold behind one button', async ({ page }) => {
    await openMap(page);
    for (let i = 0; i < 6; i++) {
      await page.getByRole('button', { name: 'Przybliż' }).click();
      // Leaflet drops a zoom asked for while the last one is still animating.
      await expect(page.locator('.leaflet-container')).not.toHaveClass(/leaflet-zoom-anim/);
    }
    const toggle = mapRegion(page).getByRole('button', { name: /^Poza widokiem: \d+ miast/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Folded, the group still names the cities it holds.
    await expect(toggle).toHaveAccessibleDescription(/Takasaki/);
    await toggle.click();
    const list = mapRegion(page).getByRole('list', { name: 'Miasta poza widokiem mapy' });
    // Takasaki is always far out of this view.
    await list.getByRole('button', { name: /^Takasaki/ }).click();
    await expect(page.getByRole('region', { name: 'Takasaki' })).toBeVisible();
    await expect(page.locator('.city-marker[data-city-id="takasaki"]')).toBeInViewport();

    await page.getByRole('button', { name: 'Pokaż wszystkie miasta' }).click();
    await expect(
      mapRegion(page).getByRole('list', { name: 'Miasta poza widokiem mapy' }),
    ).toBeVisible();
    await expect(cityButton(page, 'Brno')).toBeInViewport();
  });
});
