import { z } from 'zod';

/** A text in both interface languages. */
export const localizedText = z.strictObject({
  pl: z.string().trim().min(1),
  en: z.string().trim().min(1),
});

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase slug, e.g. "kyiv"');
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. "DE"');
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const year = z.number().int().min(1900).max(2100);

export const hubSchema = z.strictObject({
  id,
  name: localizedText,
  country: countryCode,
  lat: latitude,
  lng: longitude,
});

export const sourceSchema = z.strictObject({
  id,
  title: localizedText,
  /** The year the source reports on. */
  year: year.optional(),
});

export const themeSchema = z.strictObject({
  id,
  label: localizedText,
});

export const citySchema = z.strictObject({
  id,
  name: localizedText,
  country: countryCode,
  lat: latitude,
  lng: longitude,
  relation: z.enum(['partner', 'informal']),
  partnerSince: year.optional(),
  /** What kind of place this is when it is not simply a city (e.g. a county). */
  description: localizedText.optional(),
});

export const participantSchema = z.strictObject({
  name: localizedText,
  side: z.enum(['home', 'foreign', 'other']),
  count: z.number().int().positive().optional(),
});

export const placeSchema = z.strictObject({
  name: localizedText,
});

export const visitSchema = z.strictObject({
  id,
  cityIds: z.array(id).min(1),
  year,
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'date as YYYY-MM-DD')
    .optional(),
  direction: z.enum(['incoming', 'outgoing']),
  title: localizedText,
  summary: localizedText,
  participants: z.array(participantSchema),
  places: z.array(placeSchema).optional(),
  durationDays: z.number().int().positive().optional(),
  themes: z.array(id),
  sourceId: id,
  /** What the data states that the source leaves implicit, and why. */
  note: localizedText.optional(),
});

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
export type Participant = z.infer<typeof participantSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Visit = z.infer<typeof visitSchema>;
export type Cooperation = z.infer<typeof cooperationSchema>;
export type Relation = City['relation'];
export type Direction = Visit['direction'];
