import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/cooperation-index';
import { cooperationSchema, type City } from '../../data/schema';
import { filterByThemes, type FilterResult } from '../filters/filter-visits';
import { citiesToGeoJson, serializeGeoJson } from './to-geojson';

const data = cooperationSchema.parse(
  JSON.parse(readFileSync(new URL('../../../data/cooperation.json', import.meta.url), 'utf8')),
);
const index = buildIndex(data);

function decimals(value: number): number {
  return String(value).split('.')[1]?.length ?? 0;
}

/** The file as a GIS tool would read it: parsed back from its text. */
function parsed(view: FilterResult, language: 'pl' | 'en' = 'pl') {
  const text = serializeGeoJson(citiesToGeoJson(view, language));
  return JSON.parse(text) as ReturnType<typeof citiesToGeoJson>;
}

describe('citiesToGeoJson on the real data', () => {
  it.each<[string, string[]]>([
    ['no filter', []],
    ['sport', ['sport']],
    ['heritage or seniors', ['heritage', 'seniors']],
    ['a theme no visit has', ['no-such-theme']],
  ])('is an RFC 7946 FeatureCollection of the shown cities: %s', (_, themes) => {
    const view = filterByThemes(index, new Set(themes));
    const collection = parsed(view);

    expect(Object.keys(collection).sort()).toEqual(['features', 'type']);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((feature) => feature.id)).toEqual(
      view.cities.map((city) => city.id),
    );
    for (const feature of collection.features) {
      const city = index.citiesById.get(String(feature.id))!;
      const shown = view.visitsByCity.get(city.id)!;
      const [lng, lat, ...rest] = feature.geometry.coordinates;
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      expect(rest).toEqual([]);
      expect(lng).toBeCloseTo(city.lng, 6);
      expect(lat).toBeCloseTo(city.lat, 6);
      expect(lng).toBeGreaterThanOrEqual(-180);
      expect(lng).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      expect(feature.properties.visitCount).toBe(shown.length);
      expect(feature.properties.visits.map((visit) => visit.id)).toEqual(
        shown.map((visit) => visit.id),
      );
    }
  });

  it('gives each city its names, country, relation and partnership year', () => {
    const collection = parsed(filterByThemes(index, new Set()), 'en');
    const gyor = collection.features.find((feature) => feature.id === 'gyor')!;
    expect(gyor.properties).toEqual({
      label: 'Győr',
      name: { pl: 'Győr', en: 'Győr' },
      country: 'HU',
      relation: 'partner',
      partnerSince: 2008,
      visitCount: 0,
      visits: [],
    });
    const berlin = collection.features.find((feature) => feature.id === 'berlin')!;
    expect(berlin.properties).not.toHaveProperty('partnerSince');
  });

  it.each(['pl', 'en'] as const)('labels each city in the interface language: %s', (language) => {
    const collection = parsed(filterByThemes(index, new Set()), language);
    for (const feature of collection.features) {
      expect(feature.properties.label).toBe(feature.properties.name[language]);
    }
  });

  it('writes a visit with its texts in both languages and the ids of its themes', () => {
    const collection = parsed(filterByThemes(index, new Set(['sport'])));
    const kharkiv = collection.features.find((feature) => feature.id === 'kharkiv')!;
    const marathon = data.visits.find((visit) => visit.id === 'poznan-marathon-2019')!;
    expect(kharkiv.properties.visits).toEqual([
      {
        id: 'poznan-marathon-2019',
        cityIds: ['takasaki', 'kharkiv'],
        year: 2019,
        direction: marathon.direction,
        title: marathon.title,
        themes: ['sport'],
        participants: marathon.participants.map((participant) => participant.name),
      },
    ]);
  });

  it('survives JSON.stringify unchanged, as plain JSON', () => {
    const collection = citiesToGeoJson(filterByThemes(index, new Set()), 'pl');
    expect(JSON.parse(serializeGeoJson(collection))).toEqual(collection);
  });

  it('indents the file with two spaces', () => {
    const text = serializeGeoJson(citiesToGeoJson(filterByThemes(index, new Set()), 'pl'));
    expect(text.split('\n')[1]).toBe('  "type": "FeatureCollection",');
  });
});

describe('citiesToGeoJson coordinates', () => {
  function view(lat: number, lng: number): FilterResult {
    const city: City = {
      id: 'city',
      name: { pl: 'Miasto', en: 'City' },
      country: 'DE',
      lat,
      lng,
      relation: 'informal',
    };
    return { cities: [city], visitsByCity: new Map([[city.id, []]]) };
  }

  it.each<[number, number, [number, number]]>([
    [52.4064, 16.9252, [16.9252, 52.4064]],
    [52.123456789, 16.987654321, [16.987654, 52.123457]],
    [-33.8688, 151.2093, [151.2093, -33.8688]],
    [41.6528, -83.5379, [-83.5379, 41.6528]],
    [0.1 + 0.2, -0.0000001, [0, 0.3]],
    [90, 180, [180, 90]],
  ])('puts (%f, %f) as [lng, lat] with at most six decimals', (lat, lng, expected) => {
    const [point] = citiesToGeoJson(view(lat, lng), 'pl').features;
    const coordinates = point!.geometry.coordinates;
    expect(coordinates).toEqual(expected);
    expect(coordinates.every((value) => decimals(value) <= 6)).toBe(true);
  });
});
