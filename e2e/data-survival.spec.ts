import { testData, DATA_REQUEST, serveData, type RawData } from './support/data';
import { cityButton, expect, mapRegion, openMap, test } from './support/fixtures';

test.describe('a data file with mistakes', () => {
  test('shows the valid entries, says how many were skipped, and logs the details', async ({
    page,
  }) => {
    const data = testData();
    data.cities[6].relation = 'friend'; // Takasaki: skipped, and with it its two visits
    data.visits[3].tittle = 'typo'; // the Kyiv visit: skipped
    await serveData(page, data);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await openMap(page);

    const notice = page.getByRole('status').filter({ hasText: 'Pominięto' });
    await expect(notice).toContainText('Pominięto 4 wpisy z błędami w pliku danych.');
    await expect(page.locator('.city-marker:not(.city-marker--hub)')).toHaveCount(21);
    await expect(cityButton(page, 'Takasaki')).toHaveCount(0);
    await expect(cityButton(page, 'Kijów')).toHaveAccessibleName('Kijów, Ukraina: 0 wizyt');
    expect(warnings.join('\n')).toContain(
      'cities[6].relation  niedozwolona wartość "friend"; dozwolone: "partner", "informal"',
    );
    expect(warnings.join('\n')).toContain('visits[3].tittle  nieznane pole "tittle"');

    await notice.getByRole('button', { name: 'Ukryj komunikat' }).click();
    await expect(notice).toHaveCount(0);
    await expect(mapRegion(page)).toBeVisible();
  });

  test('says so even when nothing was left out, with the details in the console', async ({
    page,
  }) => {
    const data = testData();
    data.visits2020 = [{ ...data.visits[0], id: 'berlin-2020', year: 2020 }]; // never shown
    // JSON.parse keeps the second "relation" without a word; the map must not.
    const text = JSON.stringify(data, null, 2).replace(
      '"relation": "partner"',
      '"relation": "informal", "relation": "partner"',
    );
    await serveData(page, text);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await openMap(page);

    const notice = page.getByRole('status').filter({ hasText: 'w pliku danych' });
    await expect(notice).toContainText('2 problemy w pliku danych.');
    await expect(page.locator('.city-marker:not(.city-marker--hub)')).toHaveCount(22);
    expect(warnings.join('\n')).toContain(
      'visits2020  nieznane pole "visits2020"; mapa nie pokaże niczego z jego listy (wpisów: 1)',
    );
    expect(warnings.join('\n')).toMatch(
      /cities\[\d+\]\.relation {2}pole "relation" występuje drugi raz w tym samym obiekcie/,
    );

    await openMap(page, '?lang=en');
    await expect(page.getByRole('status').filter({ hasText: 'data file' })).toContainText(
      '2 problems in the data file.',
    );
  });

  test('the notice follows the language', async ({ page }) => {
    const data = testData();
    data.visits[0].date = '2019-02-30';
    await serveData(page, data);
    await openMap(page, '?lang=en');
    await expect(page.getByRole('status').filter({ hasText: 'Skipped' })).toContainText(
      'Skipped 1 entry with errors in the data file.',
    );
  });

  test('a request that hangs ends in a message with a retry button, not an endless spinner', async ({
    page,
  }) => {
    await page.clock.install();
    let hang = true;
    await page.route(DATA_REQUEST, (route) => (hang ? undefined : route.continue()));
    await page.goto('./');
    await expect(page.getByRole('status').filter({ hasText: 'Wczytywanie danych' })).toBeVisible();
    // The page's code comes while the data file is late; the page waits with a spinner.
    await page.clock.runFor(200);
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
    // The request is cut off after 15 s, tried once more, and cut off again.
    await page.clock.runFor(40_000);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Nie udało się wczytać danych mapy.');
    hang = false;
    await alert.getByRole('button', { name: 'Spróbuj ponownie' }).click();
    await expect(page.locator('.city-marker').first()).toBeVisible();
  });
});

/** Valid but unusual data: everything a real file might hold on a bad day. */
function oddButValidData(): RawData {
  const data = testData();
  const city = (id: string, name: string, lat: number, lng: number, country = 'DE') => ({
    id,
    name: { pl: name, en: name },
    country,
    lat,
    lng,
    relation: 'partner',
    partnerSince: 2001,
  });
  const longName = `Bad ${'Münster-'.repeat(14)}am Stein`;
  data.cities.push(
    city('same-spot-a', 'Pierwsze miasto w tym samym miejscu', 51.0, 10.0),
    city('same-spot-b', 'Drugie miasto w tym samym miejscu', 51.0, 10.0),
    city('same-spot-c', 'Trzecie miasto w tym samym miejscu', 51.0, 10.0),
    city('long-name', longName, 50.5, 8.5),
    city('rtl', 'אשדוד / أسدود', 31.8, 34.65, 'IL'),
    city('zero-width', 'Zero\u200Bwidth\u200D miasto\u2060', 48.5, 11.5),
    city('emoji', '🌻 Słonecznik 🇺🇦', 49.5, 32.0, 'UA'),
    { ...city('nfd', 'Gniezno-Łódź'.normalize('NFD'), 47.5, 9.9), relation: 'informal' },
  );
  delete data.cities.at(-1).partnerSince;
  const takasakiVisit = data.visits.find((visit: RawData) => visit.cityIds.includes('takasaki'));
  for (let i = 1; i <= 60; i += 1) {
    data.visits.push({
      ...takasakiVisit,
      id: `takasaki-extra-${i}`,
      cityIds: ['takasaki'],
      title: { pl: `Dodatkowa wizyta nr ${i}`, en: `Extra visit no. ${i}` },
    });
  }
  data.visits.push({
    ...takasakiVisit,
    id: 'long-texts',
    cityIds: ['long-name', 'rtl', 'emoji'],
    title: { pl: `Bardzo długi tytuł ${'wizyty '.repeat(40)}`.trim(), en: 'A very long title' },
    summary: {
      pl: 'Zażółć gęślą jaźń. '.repeat(150).trim(),
      en: 'Long summary. '.repeat(150).trim(),
    },
  });
  return data;
}

test.describe('odd but valid data', () => {
  test('shows every city and opens the panel of each odd one', async ({ page }) => {
    // A long scenario: on a busy 2-core machine it came within seconds of 30 s.
    test.slow();
    const data = oddButValidData();
    await serveData(page, `\uFEFF${JSON.stringify(data, null, 2)}`);
    await openMap(page);
    await expect(page.getByRole('status').filter({ hasText: 'Pominięto' })).toHaveCount(0);
    await expect(page.locator('.city-marker:not(.city-marker--hub)')).toHaveCount(
      data.cities.length,
    );

    await cityButton(page, 'Takasaki').click();
    await expect(page.getByRole('region', { name: 'Takasaki' })).toContainText('Wizyty: 62 wizyty');
    await expect(page.getByRole('region', { name: 'Takasaki' }).getByRole('article')).toHaveCount(
      62,
    );

    await openMap(page, '?city=long-name');
    const panel = page.locator('.city-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('Münster-Münster');
    const overflow = await panel.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow, 'the panel never scrolls sideways').toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'screenshots/odd-data-long-name.png' });

    await openMap(page, '?city=rtl');
    await expect(page.getByRole('heading', { level: 2, name: 'אשדוד / أسدود' })).toBeVisible();
    await openMap(page, '?city=emoji');
    await expect(page.getByRole('heading', { level: 2, name: '🌻 Słonecznik 🇺🇦' })).toBeVisible();
    await openMap(page, '?city=nfd');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
      'Gniezno-Łódź'.normalize('NFD'),
    );
    await openMap(page, '?city=same-spot-b');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Drugie miasto w tym samym miejscu' }),
    ).toBeVisible();
    await page.screenshot({ path: 'screenshots/odd-data-same-spot.png' });
  });
});
