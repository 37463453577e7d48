import type { City, Cooperation, LocalizedText, Visit } from '../data/schema';

// Small, valid data for unit tests: each test names only the fields it is about.

/** The same text in both languages. */
export const text = (value: string): LocalizedText => ({ pl: value, en: value });

export function testCity(id: string, fields: Partial<City> = {}): City {
  return { id, name: text(id), country: 'DE', lat: 52, lng: 13, relation: 'informal', ...fields };
}

export function testVisit(id: string, cityIds: string[], fields: Partial<Visit> = {}): Visit {
  return {
    id,
    cityIds,
    year: 2019,
    direction: 'incoming',
    title: text(id),
    summary: text(id),
    participants: [],
    themes: [],
    sourceId: 'report',
    ...fields,
  };
}

/** A data file with Poznań as the hub, one source ("report") and these themes. */
export function testCooperation(
  cities: City[],
  visits: Visit[],
  themeIds: readonly string[],
): Cooperation {
  return {
    hub: { id: 'poznan', name: text('Poznań'), country: 'PL', lat: 52.4, lng: 16.9 },
    sources: [{ id: 'report', title: text('report') }],
    themes: themeIds.map((id) => ({ id, label: text(id) })),
    cities,
    visits,
  };
}
