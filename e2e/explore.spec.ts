import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateCooperation, toJsonText } from '../scripts/generate-data/generate';
import { cooperationSchema } from '../src/data/schema';
import { parseCsv } from '../src/testing/parse-csv';
import { serveData, testData } from './support/data';
import { cityButton, expect, mapRegion, openMap, test } from './support/fixtures';

const filters = (page: Page) => page.getByRole('region', { name: /^(Filtry|Filters)$/ });
const status = (page: Page) => filters(page).getByRole('status');

test.describe('facets beside the themes', () => {
  test('read from the address, with counts under the other facets and zero options disabled', async ({
    page,
  }) => {
    await openMap(page, '?direction=incoming&country=DE');
    // Hamburg and Laatzen: German cities with a delegation in Poznań, both without a treaty.
    await expect(status(page)).toHaveText('2 z 22 miast');
    await expect(
      filters(page).getByRole('button', { name: 'Do Poznania 2 wizyty' }),
    ).toHaveAttribute('aria-pressed', 'true');
    const partners = filters(page).getByRole('button', { name: /^Miasta partnerskie 0 miast/ });
    await expect(partners).toHaveAttribute('aria-disabled', 'true');
    await partners.click({ force: true });
    await expect(status(page)).toHaveText('2 z 22 miast');
    await expect(filters(page).getByRole('button', { name: /^Bez umowy 2 miasta/ })).toBeEnabled();
    await expect(filters(page).getByRole('button', { name: 'Kraj (wybrane: 1)' })).toBeVisible();
  });

  test('chosen by mouse and keyboard, written to the address, cleared with the themes', async ({
    page,
  }) => {
    await openMap(page);
    await filters(page)
      .getByRole('button', { name: /^Z Poznania 3 wizyty/ })
      .click();
    await expect(page).toHaveURL(/[?&]direction=outgoing(&|$)/);
    // Berlin, Helsinki and Takasaki.
    await expect(status(page)).toHaveText('3 z 22 miast');

    // None of the three is a partner city: that option counts 0 and cannot be chosen.
    await expect(
      filters(page).getByRole('button', { name: /^Miasta partnerskie 0 miast/ }),
    ).toHaveAttribute('aria-disabled', 'true');
    const informal = filters(page).getByRole('button', { name: /^Bez umowy 3 miasta/ });
    await informal.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]relation=informal(&|$)/);
    await expect(informal).toHaveAttribute('aria-pressed', 'true');
    await expect(status(page)).toHaveText('3 z 22 miast');

    const country = filters(page).getByRole('button', { name: /^Kraj( \(wybrane: \d+\))?$/ });
    await country.click();
    await expect(country).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('checkbox', { name: /^Japonia/ }).check();
    await expect(page).toHaveURL(/[?&]country=JP(&|$)/);
    await expect(status(page)).toHaveText('1 z 22 miast');
    await page.keyboard.press('Escape');
    await expect(country).toBeFocused();

    await filters(page).getByRole('button', { name: 'Wyczyść filtry' }).click();
    await expect(status(page)).toHaveText('22 z 22 miast');
    await expect(page).not.toHaveURL(/direction=|relation=|country=/);
  });

  test('a link with all facets opens that view in English', async ({ page }) => {
    await openMap(page, '?direction=outgoing&relation=informal&lang=en');
    // Berlin, Helsinki and Takasaki: Poznań's visits abroad went to cities without a treaty.
    await expect(status(page)).toHaveText('3 of 22 cities');
    await expect(
      filters(page).getByRole('button', { name: /^From Poznań|^Poznań's visits/ }),
    ).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('the timeline', () => {
  // `npm run data:generate -- --cities 40 --visits 3 --years 4 --seed 3`
  const base = cooperationSchema.parse(testData());
  const data = generateCooperation({ base, cities: 40, visitsPerCity: 3, years: 4, seed: 3 });
  const years = [...new Set(data.visits.map((visit) => visit.year))].sort();
  const first = years[0]!;
  const last = years.at(-1)!;
  const citiesIn = (from: number, to: number) =>
    new Set(data.visits.filter((v) => v.year >= from && v.year <= to).flatMap((v) => v.cityIds))
      .size;

  test('spans the years of a multi-year file and is moved with the keyboard', async ({ page }) => {
    expect(years.length).toBeGreaterThan(1);
    await serveData(page, toJsonText(data));
    await openMap(page);
    const from = filters(page).getByRole('slider', { name: 'Od roku' });
    const to = filters(page).getByRole('slider', { name: 'Do roku' });
    await expect(from).toHaveValue(String(first));
    await expect(to).toHaveValue(String(last));

    await from.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`[?&]years=${first + 1}-${last}(&|$)`));
    await expect(status(page)).toHaveText(`${citiesIn(first + 1, last)} z 40 miast`);

    await to.focus();
    await page.keyboard.press('Home');
    // The end cannot pass the start: it stops there.
    await expect(to).toHaveValue(String(first + 1));
    await expect(page).toHaveURL(new RegExp(`[?&]years=${first + 1}(&|$)`));
  });

  test('a run of steps is one step back in history', async ({ page }) => {
    await serveData(page, toJsonText(data));
    await openMap(page);
    const from = filters(page).getByRole('slider', { name: 'Od roku' });
    await from.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`[?&]years=${first + 2}-${last}(&|$)`));
    await page.goBack();
    await expect(page).not.toHaveURL(/years=/);
    await expect(from).toHaveValue(String(first));
  });

  test("follows the mouse: a click on a slider's track moves that end", async ({ page }) => {
    await serveData(page, toJsonText(data));
    await openMap(page);
    const to = filters(page).getByRole('slider', { name: 'Do roku' });
    // The facets scroll inside the panel beside the map.
    await to.scrollIntoViewIfNeeded();
    const box = (await to.boundingBox())!;
    // The far left of the track is the first year; the end stops at the start's year.
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await expect(to).toHaveValue(String(first));
    await expect(page).toHaveURL(new RegExp(`[?&]years=${first}(&|$)`));
  });

  test('reads a range from the address', async ({ page }) => {
    await serveData(page, toJsonText(data));
    await openMap(page, `?years=${last - 1}-${last}`);
    await expect(filters(page).getByRole('slider', { name: 'Od roku' })).toHaveValue(
      String(last - 1),
    );
    await expect(status(page)).toHaveText(`${citiesIn(last - 1, last)} z 40 miast`);
  });

  test('with every facet of the issue in one address, in English', async ({ page }) => {
    await serveData(page, toJsonText(data));
    const from = last - 1;
    await openMap(
      page,
      `?direction=incoming&relation=informal&country=${data.cities[0]!.country}&years=${from}-${last}&lang=en`,
    );
    const country = data.cities[0]!.country;
    const expected = new Set(
      data.visits
        .filter((v) => v.direction === 'incoming' && v.year >= from && v.year <= last)
        .flatMap((v) => v.cityIds)
        .filter((id) => {
          const city = data.cities.find((c) => c.id === id)!;
          return city.relation === 'informal' && city.country === country;
        }),
    ).size;
    await expect(status(page)).toHaveText(
      `${expected} of 40 ${expected === 1 ? 'city' : 'cities'}`,
    );
    await expect(filters(page).getByRole('slider', { name: 'From year' })).toHaveValue(
      String(from),
    );
  });

  test('is not shown for a single year of data', async ({ page }) => {
    await openMap(page);
    await expect(filters(page).getByRole('slider')).toHaveCount(0);
  });
});

test.describe('search', () => {
  const searchBox = (page: Page) => page.getByRole('combobox', { name: /^(Szukaj|Search)$/ });

  for (const [typed, city] of [
    ['kijow', 'Kijów'],
    ['minsk', 'Mińsk'],
    ['KIJÓW', 'Kijów'],
  ] as const) {
    test(`"${typed}" finds ${city}, chosen with the keyboard`, async ({ page }) => {
      await openMap(page);
      await searchBox(page).fill(typed);
      const listbox = page.getByRole('listbox');
      await expect(listbox.getByRole('option').first()).toContainText(city);
      await page.keyboard.press('ArrowDown');
      await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /.+/);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('region', { name: city })).toBeVisible();
      await expect(page).toHaveURL(/[?&]city=/);
    });
  }

  for (const [language, typed, city, reason] of [
    ['pl', 'konserwator', 'Kijów', 'Uczestnik: Miejska Konserwator Zabytków'],
    ['pl', 'japonia', 'Takasaki', 'Kraj: Japonia'],
    ['en', 'germany', 'Berlin', 'Country: Germany'],
    ['en', 'conservator', 'Kyiv', 'Participant:'],
  ] as const) {
    test(`finds ${city} by "${typed}" (${language}), saying why`, async ({ page }) => {
      await openMap(page, language === 'en' ? '?lang=en' : '');
      await searchBox(page).fill(typed);
      const option = page.getByRole('option', { name: new RegExp(city) }).first();
      await expect(option).toContainText(reason);
    });
  }

  test('finds participants and visit titles, and a click opens the city', async ({ page }) => {
    await openMap(page);
    await searchBox(page).fill('maraton');
    const option = page.getByRole('option', { name: /Charków/ });
    await expect(option).toContainText('Wizyta:');
    await option.click();
    await expect(page.getByRole('region', { name: 'Charków' })).toBeVisible();
  });

  test('in English, by the Polish name too; Escape closes, nothing found is said', async ({
    page,
  }) => {
    await openMap(page, '?lang=en');
    await searchBox(page).fill('mińsk');
    await expect(page.getByRole('option').first()).toContainText('Minsk');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await searchBox(page).fill('zzzz');
    await expect(page.locator('[aria-live]').filter({ hasText: 'No matches.' })).toBeAttached();
  });

  test.describe('when its code cannot load', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('says so under the field, and a retry brings the suggestions', async ({ page }) => {
      const chunk = /search-engine[^/]*\.js$/;
      await page.route(chunk, (route) => route.abort('internetdisconnected'));
      await openMap(page);
      await searchBox(page).fill('kijow');
      const alert = page.getByRole('search').getByRole('alert');
      await expect(alert).toContainText('Nie udało się wczytać wyszukiwarki.');
      // Not "nothing found": the search never ran.
      await expect(page.getByText('Nic nie znaleziono.')).toHaveCount(0);
      await page.screenshot({ path: 'screenshots/search-failed.png' });
      await page.unroute(chunk);
      await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
      await expect(searchBox(page)).toBeFocused();
      await expect(page.getByRole('alert')).toHaveCount(0);
      // The suggestions for what was typed before, without typing again.
      await expect(page.getByRole('option').first()).toContainText('Kijów');
    });
  });
});

test.describe('lines from Poznań', () => {
  const arcsCanvas = (page: Page) => page.locator('.arcs-pane canvas');
  /** The drawn lines, as the canvas's pixels. */
  const picture = (page: Page) =>
    arcsCanvas(page).evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

  test('follow the filters, never take a click, and hide with their switch or the address', async ({
    page,
  }) => {
    await openMap(page);
    await expect(arcsCanvas(page)).toBeAttached();
    await expect(page.locator('.arcs-pane')).toHaveCSS('pointer-events', 'none');
    await expect(page.locator('.arcs-pane')).toHaveAttribute('aria-hidden', 'true');
    const all = await picture(page);

    await filters(page)
      .getByRole('button', { name: /^Z Poznania/ })
      .click();
    await expect.poll(() => picture(page)).not.toBe(all);

    // A marker under a line still opens its city.
    await cityButton(page, 'Berlin').click();
    await expect(page.getByRole('region', { name: 'Berlin' })).toBeVisible();

    await page.getByRole('button', { name: 'Legenda' }).click();
    const lines = page.getByRole('checkbox', { name: 'Linie wizyt' });
    await lines.focus();
    await page.keyboard.press('Space');
    await expect(lines).not.toBeChecked();
    await expect(page).toHaveURL(/[?&]arcs=0(&|$)/);
    await expect(arcsCanvas(page)).toHaveCount(0);
  });

  test('stay hidden when the address says arcs=0, in English too', async ({ page }) => {
    await openMap(page, '?arcs=0&lang=en');
    await page.getByRole('button', { name: 'Legend' }).click();
    await expect(page.getByRole('checkbox', { name: 'Visit lines' })).not.toBeChecked();
    await expect(arcsCanvas(page)).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Visit lines' }).check();
    await expect(arcsCanvas(page)).toBeAttached();
    await expect(page.getByText('Visits from Poznań')).toBeVisible();
  });
  test.describe('when their code cannot load', () => {
    test.use({ allowedConsoleErrors: [/Failed to load resource/] });

    test('the map says so beside the cities, and a retry draws them', async ({ page }) => {
      const chunk = /arcs-layer[^/]*\.js$/;
      await page.route(chunk, (route) => route.abort('internetdisconnected'));
      await openMap(page);
      const alert = mapRegion(page).getByRole('alert');
      await expect(alert).toContainText('Nie udało się wczytać linii wizyt.');
      await expect(arcsCanvas(page)).toHaveCount(0);
      // The rest of the map keeps working beside it.
      await cityButton(page, 'Berlin').click();
      await expect(page.getByRole('region', { name: 'Berlin' })).toBeVisible();
      await page.screenshot({ path: 'screenshots/lines-failed.png' });
      await page.unroute(chunk);
      await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
      await expect(arcsCanvas(page)).toBeAttached();
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  });
});

test.describe('the summary', () => {
  test('counts what the filters show, with charts that have their text beside them', async ({
    page,
  }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Podsumowanie', exact: true }).click();
    const summary = page.getByRole('region', { name: 'Podsumowanie' });
    await expect(summary.getByRole('listitem')).toHaveText(['8 wizyt', '22 miasta', '17 krajów']);
    const byTheme = summary.getByRole('figure', { name: 'Wizyty według tematu' });
    await expect(byTheme).toContainText('Sport');
    await expect(summary.getByRole('figure', { name: 'Wizyty według roku' })).toContainText('2019');

    await filters(page)
      .getByRole('button', { name: /^Sport/ })
      .click();
    await expect(summary.getByRole('listitem')).toHaveText(['2 wizyty', '3 miasta', '3 kraje']);
  });
});

test.describe('export', () => {
  async function download(page: Page, name: RegExp): Promise<{ file: Download; text: string }> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name }).click(),
    ]);
    return { file, text: readFileSync(await file.path(), 'utf8') };
  }

  test('CSV and GeoJSON of the filtered view, named after the filters', async ({ page }) => {
    await openMap(page, '?themes=sport');
    await page.getByRole('button', { name: 'Podsumowanie', exact: true }).click();

    const csv = await download(page, /^Pobierz CSV/);
    expect(csv.file.suggestedFilename()).toBe('poznan-wspolpraca-sport.csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.text.slice(1), ';');
    // Every field in quotes: Excel set to commas does not split a value at its commas.
    const lines = csv.text.slice(1).split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(rows.length + 1);
    for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:;"(?:[^"]|"")*")*$/);
    expect(header!.slice(0, 2)).toEqual(['Identyfikator wizyty', 'Rok']);
    // One row per visit and city: Berlin's round table, the marathon for Takasaki and Charków.
    const column = (name: string) => header!.indexOf(name);
    const pairs = rows.map(
      (row) => `${row[column('Identyfikator wizyty')]} ${row[column('Miasto')]}`,
    );
    expect(pairs.sort()).toEqual([
      'berlin-round-table-2019 Berlin',
      'poznan-marathon-2019 Charków',
      'poznan-marathon-2019 Takasaki',
    ]);
    expect(rows.every((row) => row.length === header!.length)).toBe(true);
    expect(rows.every((row) => row[column('Tematy')]!.includes('Sport'))).toBe(true);

    const geojson = await download(page, /^Pobierz GeoJSON/);
    expect(geojson.file.suggestedFilename()).toBe('poznan-wspolpraca-sport.geojson');
    const collection = JSON.parse(geojson.text) as {
      type: string;
      features: { id: string; geometry: { type: string; coordinates: [number, number] } }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((feature) => feature.id).sort()).toEqual([
      'berlin',
      'kharkiv',
      'takasaki',
    ]);
    const berlin = collection.features.find((feature) => feature.id === 'berlin')!;
    expect(berlin.geometry.type).toBe('Point');
    // RFC 7946: longitude first.
    expect(berlin.geometry.coordinates[0]).toBeCloseTo(13.4, 0);
    expect(berlin.geometry.coordinates[1]).toBeCloseTo(52.5, 0);
  });
});

test('export in English, by keyboard: comma-separated, named in English', async ({ page }) => {
  await openMap(page, '?summary=1&lang=en&direction=outgoing');
  const button = page.getByRole('button', { name: /^Download CSV/ });
  await button.focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('poznan-cooperation-from-poznan.csv');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, ...rows] = parseCsv(text.slice(1), ',');
  expect(header!.slice(0, 2)).toEqual(['Visit ID', 'Year']);
  // Berlin, Helsinki, Takasaki: one visit of Poznań's abroad each, in English.
  const city = header!.indexOf('City');
  const direction = header!.indexOf('Direction');
  expect(rows.map((row) => row[city]).sort()).toEqual(['Berlin', 'Helsinki', 'Takasaki']);
  expect(new Set(rows.map((row) => row[direction]))).toEqual(
    new Set(["Poznań's representatives abroad"]),
  );
});

test.describe('print', () => {
  test('prints the open city without the controls', async ({ page }) => {
    await openMap(page, '?city=kyiv');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 2, name: 'Kijów' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Szukaj' })).toBeHidden();
    await expect(filters(page).getByRole('button', { name: /^Sport/ })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Udostępnij / Osadź' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Zamknij panel' })).toBeHidden();
    await page.screenshot({ path: 'screenshots/print-city.png', fullPage: true });
  });

  test('prints in English too, the panel without its buttons', async ({ page }) => {
    await openMap(page, '?city=takasaki&lang=en');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 2, name: 'Takasaki' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close panel' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Search' })).toBeHidden();
  });

  test('prints the summary when no city is open', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Podsumowanie', exact: true }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('region', { name: 'Podsumowanie' })).toBeVisible();
    await expect(filters(page).getByRole('button', { name: /^Sport/ })).toBeHidden();
    // What the printout shows is said: "22 z 22 miast".
    await expect(status(page)).toBeVisible();
    await expect(page.getByRole('button', { name: /^Pobierz CSV/ })).toBeHidden();
    await page.screenshot({ path: 'screenshots/print-summary.png', fullPage: true });
  });
});

test('a city hidden by the filters can still be found by search and opened', async ({ page }) => {
  await openMap(page, '?themes=sport');
  await page.getByRole('combobox', { name: 'Szukaj' }).fill('kijow');
  await expect(page.getByRole('option', { name: /Kijów/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Kijów' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Żadna wizyta z tym miastem nie pasuje do wybranych filtrów.');
  await expect(cityButton(page, 'Kijów')).toHaveCount(0);
});
