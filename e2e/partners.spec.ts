import { expect, openMap, test } from './support/fixtures';

const DIR = 'screenshots';

const partners = [
  {
    id: 'brno',
    pl: {
      name: 'Brno',
      since: 'Miasto partnerskie od 16 września 1966',
      anniversary: null,
      areas: ['gospodarka', 'kultura'],
    },
    en: {
      name: 'Brno',
      since: 'Partner city since 16 September 1966',
      anniversary: null,
      areas: ['economy', 'culture'],
    },
  },
  {
    id: 'hanover',
    pl: {
      name: 'Hanower',
      since: 'Miasto partnerskie od 29 października 1979',
      anniversary: '40 lat partnerstwa w 2019',
      areas: ['kultura', 'sport', 'ochrona środowiska'],
    },
    en: {
      name: 'Hanover',
      since: 'Partner city since 29 October 1979',
      anniversary: '40 years of partnership in 2019',
      areas: ['culture', 'sport', 'environmental protection'],
    },
  },
] as const;

const words = {
  pl: {
    areas: 'Dziedziny współpracy',
    page: 'O partnerstwie na stronie Miasta Poznania (otwiera się w nowej karcie)',
    newTab: '(otwiera się w nowej karcie)',
  },
  en: {
    areas: 'Areas of cooperation',
    page: "About the partnership on the City of Poznań's website (opens in a new tab)",
    newTab: '(opens in a new tab)',
  },
} as const;

const viewports = [
  { device: 'desktop', width: 1280, height: 800 },
  { device: 'phone', width: 375, height: 740 },
] as const;

/** The real data file: the partnership facts are the City's, not the frozen test copy's. */
test.describe("a partner's panel tells the partnership", () => {
  test.use({ liveData: true });

  for (const partner of partners) {
    for (const lang of ['pl', 'en'] as const) {
      const expected = partner[lang];
      test(`${expected.name} (${lang}): the date, the anniversary, the areas and the City's page`, async ({
        page,
      }) => {
        await openMap(page, `?city=${partner.id}&lang=${lang}`);
        const panel = page.getByRole('region', { name: expected.name });
        await expect(panel.getByText(expected.since, { exact: true })).toBeVisible();
        if (expected.anniversary) {
          await expect(panel.getByText(expected.anniversary, { exact: true })).toBeVisible();
        } else {
          await expect(panel.getByText(/(lat|years) (partnerstwa|of partnership)/)).toHaveCount(0);
        }
        const areas = panel.getByRole('list', { name: words[lang].areas });
        for (const area of expected.areas) {
          await expect(areas.getByRole('listitem').filter({ hasText: area }).first()).toBeVisible();
        }
        const link = panel.getByRole('link', { name: words[lang].page });
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        await expect(link).toHaveAttribute('href', /^https:\/\/www\.poznan\.pl\//);
        const source = panel.getByRole('link', {
          name: new RegExp(`poznan\\.pl.*${words[lang].newTab.replace(/[()]/g, '\\$&')}`),
        });
        await expect(source.first()).toHaveAttribute('rel', 'noopener noreferrer');
      });

      for (const { device, width, height } of viewports) {
        test(`a picture of ${expected.name}'s panel (${lang}, ${device})`, async ({ page }) => {
          await page.setViewportSize({ width, height });
          await openMap(page, `?city=${partner.id}&lang=${lang}`);
          const panel = page.getByRole('region', { name: expected.name });
          await expect(panel.getByText(expected.since, { exact: true })).toBeVisible();
          await page.screenshot({ path: `${DIR}/${device}-partner-${partner.id}-${lang}.png` });
        });
      }
    }
  }

  test('a partner with nothing known says only that it is a partner', async ({ page }) => {
    await openMap(page, '?city=pozuelo-de-alarcon');
    const panel = page.getByRole('region', { name: /Pozuelo/ });
    await expect(panel.getByText('Miasto partnerskie', { exact: true })).toBeVisible();
    await expect(panel.getByRole('link')).toHaveCount(0);
    await expect(panel.getByText('W danych mapy nie ma opisu wizyt z tym miastem.')).toBeVisible();
  });
});
