import { testData, serveData, type RawData } from './support/data';
import { expect, mapRegion, openMap, test } from './support/fixtures';

/** Each would run script if any part of the app parsed data text as HTML. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '"><svg onload="window.__xss=(window.__xss||0)+1">',
  '<a href="javascript:window.__xss=1">link</a>',
];

/** Every text of the data (each Polish and English string) gets a payload, in turn. */
function poisoned(): RawData {
  const data = testData();
  let n = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if ((key === 'pl' || key === 'en') && typeof record[key] === 'string') {
          record[key] = `${record[key] as string} ${PAYLOADS[n++ % PAYLOADS.length]}`;
        } else visit(record[key]);
      }
    }
  };
  visit(data);
  return data;
}

test.describe('text is text', () => {
  test('script payloads in every data text are shown literally and never run', async ({ page }) => {
    // Seven page loads: more than the default timeout allows on a busy 2-core machine.
    test.slow();
    const data = poisoned();
    await serveData(page, data);
    await openMap(page);
    const kharkiv = data.cities.find((city: RawData) => city.id === 'kharkiv');

    // Tooltips, marker names, filter buttons, the panel with every kind of visit text.
    const marker = mapRegion(page).getByRole('button', { name: /^Charków </ });
    await marker.hover();
    await expect(mapRegion(page).locator('.leaflet-tooltip')).toContainText(kharkiv.name.pl);
    for (const city of ['kharkiv', 'minsk', 'kyiv', 'nottinghamshire', 'takasaki']) {
      await openMap(page, `?city=${city}`);
      const heading = page.locator('.city-panel h2');
      const expected = data.cities.find((entry: RawData) => entry.id === city).name.pl;
      await expect(heading).toHaveText(expected);
      await expect(page).toHaveTitle(new RegExp(expected.slice(0, 8)));
    }
    await openMap(page, '?city=kharkiv&themes=sport&lang=en');
    await expect(page.locator('.city-panel h2')).toHaveText(kharkiv.name.en);
    await expect(page.locator('.city-panel')).toContainText(PAYLOADS[1]!);

    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    await expect(
      page.locator('body img[src="x"], body svg[onload], body a[href^="javascript:"]'),
    ).toHaveCount(0);
    await expect(page.locator('body script')).toHaveCount(0);
  });

  test('payloads in the address are ignored, not run', async ({ page }) => {
    await openMap(
      page,
      `?city=${encodeURIComponent(PAYLOADS[0]!)}&themes=${encodeURIComponent(PAYLOADS[1]!)}` +
        `&lang=${encodeURIComponent(PAYLOADS[2]!)}`,
    );
    await expect(page.locator('.city-panel')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'miast' })).toHaveText('22 z 22 miast');
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  });
});
