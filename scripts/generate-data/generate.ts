import { FIRST_YEAR } from '../../src/data/contract-constants.ts';
import type { City, Cooperation, Source, Visit } from '../../src/data/schema.ts';
import { ANCHOR_JITTER, ANCHORS } from './anchors.ts';
import { chance, intBetween, mulberry32, pick, sample, type Random } from './random.ts';
import { slug, uniquePlaceName, visitParticipants, visitSummary, visitTitle } from './texts.ts';

/** The last year visits happen in; `years` counts back from it. */
export const LAST_YEAR = 2019;
/** Years may reach back to FIRST_YEAR, the earliest the schema accepts. */
export const MAX_YEARS = LAST_YEAR - FIRST_YEAR + 1;
const PARTNER_SHARE = 0.2;
const TWO_CITY_SHARE = 0.05;

export interface GenerateOptions {
  /** Hub, sources and themes are copied from here (the real data file). */
  base: Pick<Cooperation, 'hub' | 'sources' | 'themes'>;
  cities: number;
  visitsPerCity: number;
  years: number;
  seed: number;
}

function checkOptions({ base, cities, visitsPerCity, years, seed }: GenerateOptions): void {
  const wholeAtLeastOne = (value: number) => Number.isInteger(value) && value >= 1;
  if (!wholeAtLeastOne(cities)) throw new RangeError(`cities must be a positive integer`);
  if (!wholeAtLeastOne(visitsPerCity)) throw new RangeError(`visits must be a positive integer`);
  if (!wholeAtLeastOne(years) || years > MAX_YEARS) {
    throw new RangeError(`years must be an integer from 1 to ${MAX_YEARS}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError('seed must be an integer');
  if (base.themes.length === 0) throw new RangeError('the base data has no themes');
}

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

function makeCity(random: Random, usedNames: Set<string>): City {
  const anchor = pick(random, ANCHORS);
  const name = uniquePlaceName(random, usedNames);
  const city: City = {
    id: slug(name),
    name: { pl: name, en: name },
    country: anchor.country,
    lat: round4(anchor.lat + (random() * 2 - 1) * ANCHOR_JITTER),
    lng: round4(anchor.lng + (random() * 2 - 1) * ANCHOR_JITTER),
    relation: chance(random, PARTNER_SHARE) ? 'partner' : 'informal',
  };
  if (city.relation === 'partner') city.partnerSince = intBetween(random, 1950, LAST_YEAR);
  return city;
}

function generatedSource(year: number): Source {
  return {
    id: `generated-${year}`,
    title: { pl: `Dane wygenerowane za ${year} r.`, en: `Generated data for ${year}` },
    year,
  };
}

/** A real calendar date in `year`, as YYYY-MM-DD. */
function randomDate(random: Random, year: number): string {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = intBetween(random, 0, leap ? 365 : 364);
  return new Date(Date.UTC(year, 0, 1 + day)).toISOString().slice(0, 10);
}

function makeVisit(
  random: Random,
  options: GenerateOptions,
  cities: readonly City[],
  index: number,
  number: number,
): Visit {
  const { hub, themes } = options.base;
  const city = cities[index] as City;
  const visitCities = [city];
  if (cities.length > 1 && chance(random, TWO_CITY_SHARE)) {
    const other = (index + intBetween(random, 1, cities.length - 1)) % cities.length;
    visitCities.push(cities[other] as City);
  }
  const year = intBetween(random, LAST_YEAR - options.years + 1, LAST_YEAR);
  const direction = chance(random, 0.5) ? 'incoming' : 'outgoing';
  const visitThemes = sample(random, themes, intBetween(random, 1, 3));
  const names = {
    pl: visitCities.map((entry) => entry.name.pl).join(' i '),
    en: visitCities.map((entry) => entry.name.en).join(' and '),
  };
  const date = chance(random, 0.75) ? randomDate(random, year) : undefined;
  const durationDays = chance(random, 0.6) ? 1 + Math.floor(random() ** 3 * 30) : undefined;
  return {
    id: `${city.id}-${year}-${number}`,
    cityIds: visitCities.map((entry) => entry.id),
    year,
    ...(date === undefined ? {} : { date }),
    direction,
    title: visitTitle(random, hub.name, names),
    summary: visitSummary(
      direction,
      hub.name,
      { names, count: visitCities.length },
      visitThemes.map((theme) => theme.label),
    ),
    participants: visitParticipants(
      random,
      hub.name,
      visitCities.map((entry) => entry.name),
    ),
    ...(durationDays === undefined ? {} : { durationDays }),
    themes: visitThemes.map((theme) => theme.id),
    sourceId: generatedSource(year).id,
  };
}

/**
 * Synthetic cooperation data: `cities` cities near real anchor cities, each the main city of
 * `visitsPerCity` visits (a few visits add a second city) spread over the `years` years up to
 * LAST_YEAR. The same options always give the same data.
 */
export function generateCooperation(options: GenerateOptions): Cooperation {
  checkOptions(options);
  const random = mulberry32(options.seed);
  const usedNames = new Set<string>();
  const cities = Array.from({ length: options.cities }, () => makeCity(random, usedNames));
  const visits = cities.flatMap((_, index) =>
    Array.from({ length: options.visitsPerCity }, (_, k) =>
      makeVisit(random, options, cities, index, k + 1),
    ),
  );
  const years = Array.from({ length: options.years }, (_, k) => LAST_YEAR - options.years + 1 + k);
  return {
    $schema: './cooperation.schema.json',
    hub: options.base.hub,
    sources: [...options.base.sources, ...years.map(generatedSource)],
    themes: options.base.themes,
    cities,
    visits,
  };
}

/** The data as a file: JSON with 2-space indentation and a final newline. */
export function toJsonText(data: Cooperation): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
