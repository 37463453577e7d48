import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cooperationSchema, type City, type Direction, type Visit } from './schema';

const text = readFileSync(new URL('../../data/cooperation.json', import.meta.url), 'utf8');
const data = cooperationSchema.parse(JSON.parse(text));

function cityById(id: string): City {
  const city = data.cities.find((entry) => entry.id === id);
  if (!city) throw new Error(`no city "${id}"`);
  return city;
}

function visitById(id: string): Visit {
  const visit = data.visits.find((entry) => entry.id === id);
  if (!visit) throw new Error(`no visit "${id}"`);
  return visit;
}

/** Great-circle distance in kilometres. */
function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The 2019 content checked against the sources. Written so that next year's report can be
 * added without touching these tests: they look at the 2019 visits and the partner list only.
 */
const visits2019 = data.visits.filter((visit) => visit.sourceId === 'report-2019');

/** The City's 2019 pages on its partner cities, one source per page. */
const PARTNER_PAGES_2019 = ['poznan-pl-brno-2019', 'poznan-pl-hanover-2019'];
const partnerEvents2019 = data.visits.filter((visit) =>
  PARTNER_PAGES_2019.includes(visit.sourceId),
);

function participantNames(visit: Visit, language: 'pl' | 'en'): string[] {
  return visit.participants.map((participant) => participant.name[language]);
}

function placeNames(visit: Visit, language: 'pl' | 'en'): string[] {
  return (visit.places ?? []).map((place) => place.name[language]);
}

/** Every text in `value` in one language: the `pl` or `en` of each localized text. */
function textsIn(value: unknown, language: 'pl' | 'en'): string[] {
  if (Array.isArray(value)) return value.flatMap((entry) => textsIn(entry, language));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = record[language];
  return [
    ...(typeof own === 'string' ? [own] : []),
    ...Object.values(record).flatMap((entry) => textsIn(entry, language)),
  ];
}

describe('data/cooperation.json', () => {
  it('parses with the data contract', () => {
    expect(cooperationSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('has the 15 partner cities of the partner list', () => {
    expect(data.cities.filter((city) => city.relation === 'partner')).toHaveLength(15);
  });

  it.each(['berlin', 'hamburg', 'helsinki', 'kyiv', 'laatzen', 'minsk', 'takasaki'])(
    '%s is an informal city',
    (id) => {
      expect(cityById(id).relation).toBe('informal');
    },
  );

  it('has exactly the eight visits of the 2019 account', () => {
    expect(visits2019.map((visit) => visit.id).sort()).toEqual(
      [
        'berlin-round-table-2019',
        'hamburg-delegation-2019',
        'helsinki-study-visit-2019',
        'kyiv-delegation-2019',
        'laatzen-seniors-2019',
        'minsk-youth-2019',
        'takasaki-delegation-2019',
        'poznan-marathon-2019',
      ].sort(),
    );
  });

  it("has exactly the six 2019 partner-city events of the City's pages", () => {
    expect(partnerEvents2019.map((visit) => visit.id).sort()).toEqual(
      [
        'brno-regiontour-2019',
        'tour-salon-2019',
        'brno-urbis-2019',
        'brno-ekoprojekt-2019',
        'hanover-40-years-2019',
        'forum-rozwoju-miast-2019',
      ].sort(),
    );
  });

  it.each<[string, string]>([
    ['poznan-pl-brno-2019', 'Brno'],
    ['poznan-pl-hanover-2019', 'Hanower'],
  ])('has the source %s, a 2019 page of the City on %s', (id, city) => {
    const source = data.sources.find((entry) => entry.id === id);
    expect(source?.year).toBe(2019);
    expect(source?.title.pl).toContain('poznan.pl');
    expect(source?.title.pl).toContain(city);
  });

  it.each<[string, string[], string, string, number]>([
    ['brno-regiontour-2019', ['brno'], 'poznan-pl-brno-2019', '2019-01-16', 5],
    ['tour-salon-2019', ['brno', 'kharkiv', 'kutaisi'], 'poznan-pl-brno-2019', '2019-01-31', 5],
    ['brno-urbis-2019', ['brno'], 'poznan-pl-brno-2019', '2019-06-05', 2],
    ['brno-ekoprojekt-2019', ['brno'], 'poznan-pl-brno-2019', '2019-07-15', 4],
    ['hanover-40-years-2019', ['hanover'], 'poznan-pl-hanover-2019', '2019-06-13', 3],
    ['forum-rozwoju-miast-2019', ['hanover'], 'poznan-pl-hanover-2019', '2019-09-10', 2],
  ])(
    '%s concerns %j, comes from %s and starts on %s for %i days, as its page says',
    (id, cityIds, sourceId, date, days) => {
      const visit = visitById(id);
      expect([...visit.cityIds].sort()).toEqual([...cityIds].sort());
      expect(visit.sourceId).toBe(sourceId);
      expect(visit.year).toBe(2019);
      expect(visit.date).toBe(date);
      expect(visit.durationDays).toBe(days);
    },
  );

  it.each<[string, string[]]>([
    [
      'brno',
      ['brno-ekoprojekt-2019', 'brno-regiontour-2019', 'brno-urbis-2019', 'tour-salon-2019'],
    ],
    ['hanover', ['forum-rozwoju-miast-2019', 'hanover-40-years-2019']],
    ['kharkiv', ['poznan-marathon-2019', 'tour-salon-2019']],
    ['kutaisi', ['tour-salon-2019']],
  ])('partner city %s has the 2019 visits %j', (cityId, ids) => {
    const visits = data.visits.filter((visit) => visit.cityIds.includes(cityId));
    expect(visits.map((visit) => visit.id).sort()).toEqual(ids);
  });

  it.each(visits2019.map((visit) => [visit.id, visit] as const))(
    '%s is of 2019, from the 2019 report, with no invented date',
    (_id, visit) => {
      expect(visit.year).toBe(2019);
      expect(visit.sourceId).toBe('report-2019');
      expect(visit.date).toBeUndefined();
    },
  );

  it.each<[string, string[]]>([
    ['sources', data.sources.map((entry) => entry.id)],
    ['themes', data.themes.map((entry) => entry.id)],
    ['cities', [data.hub.id, ...data.cities.map((entry) => entry.id)]],
    ['visits', data.visits.map((entry) => entry.id)],
  ])('%s have unique ids', (_name, ids) => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the themes in the agreed order (new ones go at the end)', () => {
    expect(data.themes.map((theme) => theme.id).slice(0, 12)).toEqual([
      'sport',
      'heritage',
      'tourism',
      'environment',
      'education',
      'seniors',
      'youth',
      'civic-participation',
      'open-data',
      'urban-development',
      'business',
      'culture',
    ]);
  });

  it.each(data.visits.map((visit) => [visit.id, visit] as const))(
    '%s refers only to existing cities, themes and sources',
    (_id, visit) => {
      const cityIds = new Set(data.cities.map((city) => city.id));
      const themeIds = new Set(data.themes.map((theme) => theme.id));
      const sourceIds = new Set(data.sources.map((source) => source.id));
      for (const cityId of visit.cityIds) expect(cityIds).toContain(cityId);
      for (const themeId of visit.themes) expect(themeIds).toContain(themeId);
      expect(sourceIds).toContain(visit.sourceId);
    },
  );

  it('ties the marathon to Takasaki and Kharkiv', () => {
    expect([...visitById('poznan-marathon-2019').cityIds].sort()).toEqual(['kharkiv', 'takasaki']);
  });

  it('counts 50 young people from Minsk over two days, and no other count or duration', () => {
    const minsk = visitById('minsk-youth-2019');
    expect(minsk.durationDays).toBe(2);
    const counted = visits2019.flatMap((visit) =>
      visit.participants
        .filter((participant) => participant.count !== undefined)
        .map((participant) => [visit.id, participant.count]),
    );
    expect(counted).toEqual([['minsk-youth-2019', 50]]);
    expect(
      visits2019.filter((visit) => visit.durationDays !== undefined).map((visit) => visit.id),
    ).toEqual(['minsk-youth-2019']);
  });

  it.each<[string, number | undefined, string | undefined, number, boolean]>([
    // id, partnerSince, the agreement's day, how many areas, a link to the City's page
    ['assen', 1992, '1992-10-22', 5, true],
    ['bologna', 2017, undefined, 0, true],
    ['brno', 1966, '1966-09-16', 2, true],
    ['kharkiv', 1998, undefined, 0, false],
    ['gyor', 2008, '2008-01-23', 4, true],
    ['hanover', 1979, '1979-10-29', 6, true],
    ['jyvaskyla', 1979, '1979-06-30', 6, true],
    ['kutaisi', 2009, '2009-07-06', 0, false],
    ['nablus', undefined, undefined, 0, false],
    ['nottinghamshire', 1994, '1994-05-23', 6, true],
    ['pozuelo-de-alarcon', undefined, undefined, 0, false],
    ['raanana', 2010, '2010-06-21', 5, true],
    ['rennes', 1998, undefined, 0, true],
    ['shenzhen', 1993, '1993-07-30', 6, true],
    ['toledo', 1991, '1991-04-06', 3, true],
  ])('partner %s: since %s, signed %s, %i areas, a link: %s', (id, year, signed, areas, linked) => {
    const city = cityById(id);
    expect(city.relation).toBe('partner');
    expect(city.partnerSince).toBe(year);
    expect(city.partnership?.signed).toBe(signed);
    expect(city.partnership?.areas?.pl.length ?? 0).toBe(areas);
    expect(city.partnership?.areas?.en.length ?? 0).toBe(areas);
    expect(city.partnership?.url?.startsWith('https://') ?? false).toBe(linked);
  });

  it('links the Brno and Hanover 2019 sources to their pages on poznan.pl', () => {
    const urls = data.sources
      .filter((source) => ['poznan-pl-brno-2019', 'poznan-pl-hanover-2019'].includes(source.id))
      .map((source) => source.url);
    expect(urls).toEqual([
      'https://poznan.pl/mim/main/2019,p,19,58,50368.html',
      'https://www.poznan.pl/mim/main/2019-jubileusz-40-lecia-wspolpracy-z-hanowerem,p,19,64,50372.html',
    ]);
  });

  it('gives no informal city a partnership year', () => {
    for (const city of data.cities.filter((entry) => entry.relation === 'informal')) {
      expect(city.partnerSince).toBeUndefined();
    }
  });

  it.each<[string, string[]]>([
    ['berlin-round-table-2019', ['tourism', 'environment', 'education', 'sport']],
    ['hamburg-delegation-2019', ['heritage']],
    ['helsinki-study-visit-2019', ['civic-participation', 'open-data']],
    ['kyiv-delegation-2019', ['heritage']],
    ['laatzen-seniors-2019', ['seniors']],
    ['minsk-youth-2019', ['youth', 'culture', 'education', 'tourism']],
    ['takasaki-delegation-2019', ['business', 'environment']],
    ['poznan-marathon-2019', ['sport']],
    ['brno-regiontour-2019', ['tourism']],
    ['tour-salon-2019', ['tourism']],
    ['brno-urbis-2019', ['urban-development']],
    ['brno-ekoprojekt-2019', ['environment']],
    ['hanover-40-years-2019', ['culture', 'education', 'business']],
    ['forum-rozwoju-miast-2019', ['urban-development', 'civic-participation', 'environment']],
  ])('%s has the themes %j', (id, themes) => {
    expect([...visitById(id).themes].sort()).toEqual([...themes].sort());
  });

  it.each<[string, Direction]>([
    ['berlin-round-table-2019', 'outgoing'],
    ['hamburg-delegation-2019', 'incoming'],
    ['helsinki-study-visit-2019', 'outgoing'],
    ['kyiv-delegation-2019', 'incoming'],
    ['laatzen-seniors-2019', 'incoming'],
    ['minsk-youth-2019', 'incoming'],
    ['takasaki-delegation-2019', 'outgoing'],
    ['poznan-marathon-2019', 'incoming'],
    ['brno-regiontour-2019', 'outgoing'],
    ['tour-salon-2019', 'incoming'],
    ['brno-urbis-2019', 'outgoing'],
    ['brno-ekoprojekt-2019', 'outgoing'],
    ['hanover-40-years-2019', 'outgoing'],
    ['forum-rozwoju-miast-2019', 'incoming'],
  ])('%s is %s', (id, direction) => {
    expect(visitById(id).direction).toBe(direction);
  });

  it.each([
    'berlin-round-table-2019',
    'hamburg-delegation-2019',
    'helsinki-study-visit-2019',
    'kyiv-delegation-2019',
    'poznan-marathon-2019',
    'tour-salon-2019',
    'hanover-40-years-2019',
    'brno-ekoprojekt-2019',
  ])('%s explains in a note what the text leaves implicit', (id) => {
    expect(visitById(id).note).toBeDefined();
  });

  it('says in a note that the Tour Salon visit is only announced on its page', () => {
    expect(visitById('tour-salon-2019').note?.en).toContain('announces');
    expect(visitById('tour-salon-2019').note?.pl).toContain('zapowiada');
  });

  it.each<[string, 'pl' | 'en', string]>([
    ['helsinki-study-visit-2019', 'en', 'Ministry of Investment and Economic Development'],
    ['hamburg-delegation-2019', 'en', 'Senator for Urban Development and Housing'],
    ['hamburg-delegation-2019', 'pl', 'Minister ds. Rozwoju Miasta i Mieszkalnictwa'],
    ['berlin-round-table-2019', 'en', 'Poznań–Berlin Round Table'],
    ['minsk-youth-2019', 'en', 'young people from the Polish community in Minsk'],
    ['kyiv-delegation-2019', 'en', 'Biskupin, an archaeological open-air museum'],
    ['poznan-marathon-2019', 'pl', 'Charkowa, miasta partnerskiego Poznania'],
    ['hanover-40-years-2019', 'en', 'First City Councillor of Hanover'],
    ['brno-ekoprojekt-2019', 'en', 'Deputy Mayor of Brno'],
  ])('%s says in %s: "%s"', (id, language, words) => {
    expect(textsIn(visitById(id), language).join('\n')).toContain(words);
  });

  it.each<[string, 'pl' | 'en' | 'both']>([
    ['among others', 'en'],
    ['sports activity', 'en'],
    ['the Porta Posnania', 'en'],
    ['jubilee run', 'en'],
    ['Poznań-Berlin', 'en'],
    ['county seat', 'en'],
    ['Polish diaspora', 'en'],
    ['Polish Diaspora', 'en'],
    ['Ministry of Investment and Development', 'en'],
    ['miasta partnerskiego Poznania, Charkowa', 'pl'],
    ['Genius Loci', 'both'],
    ['Przedsiębiorczość', 'pl'],
  ])('never says "%s" (%s)', (words, language) => {
    const languages: ('pl' | 'en')[] = language === 'both' ? ['pl', 'en'] : [language];
    for (const each of languages) expect(textsIn(data, each).join('\n')).not.toContain(words);
  });

  it('spells the reserve "Genius loci", as the Archaeological Museum in Poznań does', () => {
    for (const id of ['hamburg-delegation-2019', 'kyiv-delegation-2019']) {
      expect(placeNames(visitById(id), 'pl')).toContain('Rezerwat Archeologiczny Genius loci');
    }
  });

  it('has the Polish Institute in Tokyo as a place of the Takasaki visit, not a participant', () => {
    const takasaki = visitById('takasaki-delegation-2019');
    expect(placeNames(takasaki, 'pl')).toContain('Instytut Polski w Tokio');
    expect(participantNames(takasaki, 'pl')).not.toContain('Instytut Polski w Tokio');
  });

  it('gives the count of 50 from Minsk to the group, not to the young people alone', () => {
    const group = visitById('minsk-youth-2019').participants.find((entry) => entry.count === 50);
    expect(group?.name.pl).toBe('Grupa młodzieży polonijnej z Mińska');
    expect(group?.name.en).toBe('Group of young people from the Polish community in Minsk');
  });

  it('labels the theme "business" as economy and business, under its old id', () => {
    expect(data.themes.find((theme) => theme.id === 'business')?.label).toEqual({
      pl: 'Gospodarka i biznes',
      en: 'Economy and business',
    });
  });

  /** People the City's pages name; the data names their offices instead. */
  it.each(['Jaśkowiak', 'Kierzek', 'Kolacny', 'Koláčný', 'Tegtmeyer', 'Lindemann', 'Kubiak'])(
    'names no person: %s',
    (name) => {
      for (const language of ['pl', 'en'] as const) {
        expect(textsIn(data, language).join('\n')).not.toContain(name);
      }
    },
  );

  /** Rough boxes around each country: [south, north, west, east]. */
  const countryBoxes: Record<string, [number, number, number, number]> = {
    PL: [49.0, 54.9, 14.1, 24.2],
    DE: [47.2, 55.1, 5.8, 15.1],
    FI: [59.7, 70.1, 20.5, 31.6],
    UA: [44.3, 52.4, 22.1, 40.3],
    BY: [51.2, 56.2, 23.1, 32.8],
    JP: [24.0, 45.6, 122.9, 146.0],
    NL: [50.7, 53.6, 3.3, 7.3],
    IT: [35.4, 47.1, 6.6, 18.6],
    CZ: [48.5, 51.1, 12.0, 18.9],
    HU: [45.7, 48.6, 16.1, 22.9],
    GE: [41.0, 43.6, 40.0, 46.8],
    PS: [31.2, 32.6, 34.2, 35.6],
    GB: [49.9, 60.9, -8.7, 1.8],
    ES: [36.0, 43.8, -9.4, 3.4],
    IL: [29.4, 33.4, 34.2, 35.9],
    FR: [41.3, 51.1, -5.2, 9.6],
    CN: [18.0, 53.6, 73.5, 135.1],
    US: [24.5, 49.4, -125.0, -66.9],
  };

  it.each<[string, string]>([
    ['berlin', 'DE'],
    ['hamburg', 'DE'],
    ['helsinki', 'FI'],
    ['kyiv', 'UA'],
    ['laatzen', 'DE'],
    ['minsk', 'BY'],
    ['takasaki', 'JP'],
    ['assen', 'NL'],
    ['bologna', 'IT'],
    ['brno', 'CZ'],
    ['kharkiv', 'UA'],
    ['gyor', 'HU'],
    ['hanover', 'DE'],
    ['jyvaskyla', 'FI'],
    ['kutaisi', 'GE'],
    ['nablus', 'PS'],
    ['nottinghamshire', 'GB'],
    ['pozuelo-de-alarcon', 'ES'],
    ['raanana', 'IL'],
    ['rennes', 'FR'],
    ['shenzhen', 'CN'],
    ['toledo', 'US'],
  ])('%s lies in %s', (id, country) => {
    const city = cityById(id);
    expect(city.country).toBe(country);
    const box = countryBoxes[country];
    if (!box) throw new Error(`no box for ${country}`);
    const [south, north, west, east] = box;
    expect(city.lat).toBeGreaterThanOrEqual(south);
    expect(city.lat).toBeLessThanOrEqual(north);
    expect(city.lng).toBeGreaterThanOrEqual(west);
    expect(city.lng).toBeLessThanOrEqual(east);
  });

  it('puts Poznań, the hub, in Poland', () => {
    const [south, north, west, east] = countryBoxes.PL ?? [0, 0, 0, 0];
    expect(data.hub).toMatchObject({ id: 'poznan', country: 'PL' });
    expect(data.hub.lat).toBeGreaterThanOrEqual(south);
    expect(data.hub.lat).toBeLessThanOrEqual(north);
    expect(data.hub.lng).toBeGreaterThanOrEqual(west);
    expect(data.hub.lng).toBeLessThanOrEqual(east);
  });

  it('places Laatzen 5–15 km from Hanover', () => {
    const distance = haversineKm(cityById('laatzen'), cityById('hanover'));
    expect(distance).toBeGreaterThanOrEqual(5);
    expect(distance).toBeLessThanOrEqual(15);
  });
});
