import type { Feature, FeatureCollection, Point } from 'geojson';
import type { City, Direction, LocalizedText, Relation, Visit } from '../../data/schema';
import type { Language } from '../../i18n/languages';
import type { FilterResult } from '../../data/filter-result';

/** A shown visit, as written into its city's properties. */
export interface GeoJsonVisit {
  id: string;
  /** Every city the visit concerns, also those the view hides: the same visit can sit under several features. */
  cityIds: string[];
  year: number;
  date?: string;
  direction: Direction;
  title: LocalizedText;
  themes: string[];
  participants: LocalizedText[];
}

/** A shown city's properties: texts in both languages, plus `label` for GIS tools' labels. */
export interface GeoJsonCityProperties {
  /** The name in the interface language: the one flat text QGIS or geojson.io can label with. */
  label: string;
  name: LocalizedText;
  country: string;
  relation: Relation;
  partnerSince?: number;
  visitCount: number;
  visits: GeoJsonVisit[];
}

export type CityFeature = Feature<Point, GeoJsonCityProperties>;
export type CityFeatureCollection = FeatureCollection<Point, GeoJsonCityProperties>;

/**
 * RFC 7946 §11.2: six decimals are about 10 cm, more only suggests precision the data lacks.
 * Adding 0 turns a rounded -0 into 0, which is what the text will say anyway.
 */
function roundCoordinate(value: number): number {
  return Math.round(value * 1e6) / 1e6 + 0;
}

function copyText(value: LocalizedText): LocalizedText {
  return { pl: value.pl, en: value.en };
}

function toGeoJsonVisit(visit: Visit): GeoJsonVisit {
  return {
    id: visit.id,
    cityIds: [...visit.cityIds],
    year: visit.year,
    ...(visit.date !== undefined && { date: visit.date }),
    direction: visit.direction,
    title: copyText(visit.title),
    themes: [...visit.themes],
    participants: visit.participants.map((participant) => copyText(participant.name)),
  };
}

function toFeature(city: City, visits: readonly Visit[], language: Language): CityFeature {
  return {
    type: 'Feature',
    id: city.id,
    geometry: {
      type: 'Point',
      coordinates: [roundCoordinate(city.lng), roundCoordinate(city.lat)],
    },
    properties: {
      label: city.name[language],
      name: copyText(city.name),
      country: city.country,
      relation: city.relation,
      ...(city.partnerSince !== undefined && { partnerSince: city.partnerSince }),
      visitCount: visits.length,
      visits: visits.map(toGeoJsonVisit),
    },
  };
}

/**
 * The shown cities as an RFC 7946 FeatureCollection: one Point per city, [longitude,
 * latitude] in WGS 84 (so no `crs` member), each with its shown visits in its properties.
 * Only plain JSON values, so the object survives JSON.stringify unchanged.
 */
export function citiesToGeoJson(view: FilterResult, language: Language): CityFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: view.cities.map((city) =>
      toFeature(city, view.visitsByCity.get(city.id) ?? [], language),
    ),
  };
}

/** The file's text: indented, since people open these files to read them as well. */
export function serializeGeoJson(collection: CityFeatureCollection): string {
  return JSON.stringify(collection, null, 2);
}
