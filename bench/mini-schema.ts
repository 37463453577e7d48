/**
 * The data contract of src/data/schema.ts written with zod/mini, for the benchmark only: is
 * zod/mini fast and small enough to stand in for the quick guards? bench/validate-data.ts
 * checks that it accepts what the schema accepts on the files it measures.
 */
import * as z from 'zod/mini';
import {
  COUNTRY_FORMAT,
  DIRECTIONS,
  FIRST_YEAR,
  HTTPS_URL,
  ID_FORMAT,
  LAST_YEAR,
  MAX_DURATION_DAYS,
  MAX_ID_LENGTH,
  RELATIONS,
  SIDES,
  TEXT_FORMAT,
  TEXT_VISIBLE,
} from '../src/data/contract-constants.ts';

const text = z.string().check(z.regex(TEXT_FORMAT), z.regex(TEXT_VISIBLE));
const localizedText = z.strictObject({ pl: text, en: text });
const id = z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(ID_FORMAT));
const countryCode = z.string().check(z.regex(COUNTRY_FORMAT));
const latitude = z.number().check(z.gte(-90), z.lte(90));
const longitude = z.number().check(z.gte(-180), z.lte(180));
const year = z.int().check(z.gte(FIRST_YEAR), z.lte(LAST_YEAR));
const httpsUrl = z.string().check(z.regex(HTTPS_URL));

const notNullIsland = z.refine(
  (point: { lat: number; lng: number }) => !(point.lat === 0 && point.lng === 0),
);

const hub = z
  .strictObject({ id, name: localizedText, country: countryCode, lat: latitude, lng: longitude })
  .check(notNullIsland);
const source = z.strictObject({
  id,
  title: localizedText,
  year: z.optional(year),
  url: z.optional(httpsUrl),
});
const theme = z.strictObject({ id, label: localizedText });
const partnershipAreas = z
  .strictObject({
    pl: z.array(text).check(z.minLength(1)),
    en: z.array(text).check(z.minLength(1)),
  })
  .check(z.refine(({ pl, en }: { pl: string[]; en: string[] }) => pl.length === en.length));
const partnership = z.strictObject({
  signed: z.optional(z.iso.date()),
  areas: z.optional(partnershipAreas),
  url: z.optional(httpsUrl),
});
const city = z
  .strictObject({
    id,
    name: localizedText,
    country: countryCode,
    lat: latitude,
    lng: longitude,
    relation: z.enum(RELATIONS),
    partnerSince: z.optional(year),
    partnership: z.optional(partnership),
    description: z.optional(localizedText),
  })
  .check(notNullIsland);
const participant = z.strictObject({
  name: localizedText,
  side: z.enum(SIDES),
  count: z.optional(z.int().check(z.positive())),
});
const place = z.strictObject({ name: localizedText });
const visit = z
  .strictObject({
    id,
    cityIds: z.array(id).check(z.minLength(1)),
    year,
    date: z.optional(z.iso.date()),
    direction: z.enum(DIRECTIONS),
    title: localizedText,
    summary: localizedText,
    participants: z.array(participant),
    places: z.optional(z.array(place)),
    durationDays: z.optional(z.int().check(z.positive(), z.lte(MAX_DURATION_DAYS))),
    themes: z.array(id),
    sourceId: id,
    note: z.optional(localizedText),
  })
  .check(
    z.refine(
      ({ date, year }: { date?: string; year: number }) =>
        date === undefined || date.startsWith(`${year}-`),
    ),
  );

export const miniCooperationSchema = z.strictObject({
  $schema: z.optional(z.string()),
  hub,
  sources: z.array(source),
  themes: z.array(theme),
  cities: z.array(city),
  visits: z.array(visit),
});
