import { z } from 'zod';
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
} from './contract-constants';

/**
 * The data contract, written once. The TypeScript types below, the app's run-time checks and
 * the editors' JSON Schema (data/cooperation.schema.json, made by `npm run data:schema`) all
 * come from these definitions.
 *
 * Custom `error` values are message codes, not prose: src/data/validation/describe-issue.ts
 * turns them into precise Polish and English messages.
 */

/** Non-empty, with no space at either end. */
const text = z
  .string()
  .regex(TEXT_FORMAT, { error: 'text-format' })
  .regex(TEXT_VISIBLE, { error: 'text-visible' })
  .meta({
    description: 'Tekst bez spacji na początku i końcu (text with no leading or trailing space).',
  });

/** A text in both interface languages. */
export const localizedText = z.strictObject({ pl: text, en: text }).meta({
  description:
    'Ten sam tekst po polsku (pl) i po angielsku (en). (The same text in Polish and English.)',
});

const id = z
  .string()
  .max(MAX_ID_LENGTH, { error: 'id-length' })
  .regex(ID_FORMAT, { error: 'id-format' })
  .meta({
    description: `Identyfikator: małe litery a-z, cyfry i łączniki, najwyżej ${MAX_ID_LENGTH} znaków, np. "kyiv". (Id: lowercase letters, digits, hyphens; at most ${MAX_ID_LENGTH} characters.)`,
  });
const countryCode = z
  .string()
  .regex(COUNTRY_FORMAT, { error: 'country-format' })
  .meta({ description: 'Kod kraju ISO 3166-1 alpha-2, np. "DE". (ISO country code.)' });
const latitude = z
  .number()
  .min(-90)
  .max(90)
  .meta({ description: 'Szerokość geograficzna z kropką, np. 52.4064. (Latitude.)' });
const longitude = z
  .number()
  .min(-180)
  .max(180)
  .meta({ description: 'Długość geograficzna z kropką, np. 16.9252. (Longitude.)' });

const year = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);

const httpsUrl = z
  .string()
  .regex(HTTPS_URL, { error: 'https-url' })
  .meta({ description: 'Adres strony zaczynający się od https://. (An https:// address.)' });

function isNullIsland(point: { lat: unknown; lng: unknown }): boolean {
  return point.lat === 0 && point.lng === 0;
}
const notNullIsland = { error: 'null-island', path: ['lat'] };

export const hubSchema = z
  .strictObject({ id, name: localizedText, country: countryCode, lat: latitude, lng: longitude })
  .refine((hub) => !isNullIsland(hub), notNullIsland);

export const sourceSchema = z.strictObject({
  id,
  title: localizedText,
  /** The year the source reports on. */
  year: year.optional(),
  /** Where the source can be read. */
  url: httpsUrl.optional(),
});

export const themeSchema = z.strictObject({
  id,
  label: localizedText,
});

/** Runs even when other fields failed, so it only judges two well-formed lists. */
function sameLength(areas: { pl?: unknown; en?: unknown }): boolean {
  const { pl, en } = areas;
  return !Array.isArray(pl) || !Array.isArray(en) || pl.length === en.length;
}

/** The areas of cooperation an agreement names, in the same order in both languages. */
export const partnershipAreasSchema = z
  .strictObject({ pl: z.array(text).min(1), en: z.array(text).min(1) })
  .refine(sameLength, { error: 'areas-length', path: ['en'] })
  .meta({
    description:
      'Dziedziny współpracy: lista po polsku (pl) i tyle samo pozycji po angielsku (en). (Areas of cooperation, the same number in Polish and English.)',
  });

/** What the City's sources say about a partnership agreement; `partnerSince` keeps its year. */
export const partnershipSchema = z.strictObject({
  /** The day the agreement was signed, where the sources give the day. */
  signed: z.iso.date({ error: 'date-format' }).optional().meta({
    description:
      'Dzień podpisania umowy, RRRR-MM-DD; rok musi się zgadzać z partnerSince. (Date signed; its year must match partnerSince.)',
  }),
  areas: partnershipAreasSchema.optional(),
  /** The City's page about this partner. */
  url: httpsUrl.optional(),
});

export const citySchema = z
  .strictObject({
    id,
    name: localizedText,
    country: countryCode,
    lat: latitude,
    lng: longitude,
    relation: z.enum(RELATIONS),
    partnerSince: year.optional(),
    /** Only for a partner city ("relation": "partner"). */
    partnership: partnershipSchema.optional(),
    /** What kind of place this is when it is not simply a city (e.g. a county). */
    description: localizedText.optional(),
  })
  .refine((city) => !isNullIsland(city), notNullIsland);

export const participantSchema = z.strictObject({
  name: localizedText,
  side: z.enum(SIDES),
  count: z.number().int().positive().optional(),
});

export const placeSchema = z.strictObject({
  name: localizedText,
});

/** Runs even when other fields failed, so it only judges a well-formed date and year. */
function dateMatchesYear(visit: { date?: unknown; year?: unknown }): boolean {
  const { date, year } = visit;
  if (typeof date !== 'string' || typeof year !== 'number') return true;
  return !/^\d{4}-\d{2}-\d{2}$/.test(date) || date.startsWith(`${year}-`);
}

export const visitSchema = z
  .strictObject({
    id,
    cityIds: z.array(id).min(1),
    year,
    date: z.iso.date({ error: 'date-format' }).optional(),
    direction: z.enum(DIRECTIONS),
    title: localizedText,
    summary: localizedText,
    participants: z.array(participantSchema),
    places: z.array(placeSchema).optional(),
    durationDays: z.number().int().positive().max(MAX_DURATION_DAYS).optional(),
    themes: z.array(id),
    sourceId: id,
    /** What the data states that the source leaves implicit, and why. */
    note: localizedText.optional(),
  })
  .refine(dateMatchesYear, { error: 'date-year', path: ['date'] });

export const cooperationSchema = z.strictObject({
  $schema: z.string().optional(),
  hub: hubSchema,
  sources: z.array(sourceSchema),
  themes: z.array(themeSchema),
  cities: z.array(citySchema),
  visits: z.array(visitSchema),
});

export type LocalizedText = z.infer<typeof localizedText>;
export type Hub = z.infer<typeof hubSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type City = z.infer<typeof citySchema>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Visit = z.infer<typeof visitSchema>;
export type Cooperation = z.infer<typeof cooperationSchema>;
export type Relation = City['relation'];
export type Direction = Visit['direction'];
