import type { z } from 'zod';
import {
  citySchema,
  hubSchema,
  sourceSchema,
  themeSchema,
  visitSchema,
  type City,
  type Cooperation,
  type Hub,
  type Source,
  type Theme,
  type Visit,
} from '../schema';
import { describeIssue } from './describe-issue';
import { messages, type ReferenceKind } from './messages';
import type { DataPath, Problem } from './problem';
import { suggest } from './suggest';

/** Where a point lies against its stated country; 'unknown' when that cannot be told cheaply. */
export type PlaceVerdict = 'inside' | 'swapped' | 'outside' | 'unknown';
export type PlaceCheck = (point: { lat: number; lng: number; country: string }) => PlaceVerdict;

export interface ValidateOptions {
  /** Years after this one are errors; defaults to the current year. */
  readonly currentYear?: number;
  /** Optional geographic check (the command-line validator has the country shapes). */
  readonly checkPlace?: PlaceCheck;
}

export interface ValidationResult {
  /** The usable part of the data, or null when the file as a whole cannot be used. */
  readonly data: Cooperation | null;
  readonly problems: readonly Problem[];
  /** How many entries (sources, themes, cities, visits) were left out because of errors. */
  readonly skipped: number;
}

const LISTS = ['sources', 'themes', 'cities', 'visits'] as const;
type ListName = (typeof LISTS)[number];
const TOP_LEVEL_KEYS = ['$schema', 'hub', ...LISTS];

interface Entry<T> {
  readonly index: number;
  readonly value: T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function error(path: DataPath, message: Problem['message']): Problem {
  return { severity: 'error', path, message };
}

/** Checks each entry on its own, so one bad entry does not hide the good ones. */
function checkEntries<T extends { id: string }>(
  name: ListName,
  list: readonly unknown[],
  schema: z.ZodType<T>,
  problems: Problem[],
): Entry<T>[] {
  const accepted: Entry<T>[] = [];
  const firstIndex = new Map<string, number>();
  list.forEach((raw, index) => {
    const result = schema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(...describeIssue(issue, schema, [name, index], raw));
      }
      return;
    }
    const first = firstIndex.get(result.data.id);
    if (first !== undefined) {
      problems.push(
        error([name, index, 'id'], messages.duplicateId(result.data.id, `${name}[${first}]`)),
      );
      return;
    }
    firstIndex.set(result.data.id, index);
    accepted.push({ index, value: result.data });
  });
  return accepted;
}

/** Ids declared by entries that were skipped, with where they are, for a clearer message. */
function declaredIds(name: ListName, list: readonly unknown[]): Map<string, string> {
  const ids = new Map<string, string>();
  list.forEach((raw, index) => {
    if (isRecord(raw) && typeof raw.id === 'string' && !ids.has(raw.id)) {
      ids.set(raw.id, `${name}[${index}]`);
    }
  });
  return ids;
}

class References {
  constructor(
    private readonly kind: ReferenceKind,
    private readonly accepted: ReadonlySet<string>,
    private readonly declared: ReadonlyMap<string, string>,
  ) {}

  /** A problem when `id` does not lead to a usable entry. */
  check(id: string, path: DataPath): Problem | undefined {
    if (this.accepted.has(id)) return undefined;
    const where = this.declared.get(id);
    if (where !== undefined) return error(path, messages.skippedReference(this.kind, id, where));
    const known = [...this.accepted, ...this.declared.keys()];
    return error(path, messages.unknownReference(this.kind, id, suggest(id, known)));
  }
}

function repeated(ids: readonly string[], path: DataPath, problems: Problem[]): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      problems.push({
        severity: 'warning',
        path: [...path, index],
        message: messages.repeatedReference(id),
      });
    }
    seen.add(id);
  });
}

function placeProblem(
  point: Hub | City,
  path: DataPath,
  checkPlace: PlaceCheck | undefined,
): Problem | undefined {
  const verdict = checkPlace?.(point) ?? 'unknown';
  if (verdict === 'swapped') {
    return error(
      [...path, 'lat'],
      messages.swappedCoordinates(point.lat, point.lng, point.country),
    );
  }
  if (verdict === 'outside') {
    return {
      severity: 'warning',
      path: [...path, 'lat'],
      message: messages.outsideCountry(point.lat, point.lng, point.country),
    };
  }
  return undefined;
}

/**
 * Checks parsed JSON against the data contract and its meaning (unique ids, references,
 * dates, places). Keeps every valid entry and says precisely what is wrong with the others.
 */
export function validateCooperation(
  json: unknown,
  options: ValidateOptions = {},
): ValidationResult {
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const problems: Problem[] = [];
  const unusable = (): ValidationResult => ({ data: null, problems, skipped: 0 });

  if (!isRecord(json)) {
    problems.push(error([], messages.topLevel(json)));
    return unusable();
  }
  for (const key of Object.keys(json)) {
    if (!TOP_LEVEL_KEYS.includes(key)) {
      problems.push({
        severity: 'error',
        path: [key],
        at: 'key',
        message: messages.unknownKey(key, suggest(key, TOP_LEVEL_KEYS)),
      });
    }
  }
  if (json.$schema !== undefined && typeof json.$schema !== 'string') {
    problems.push(error(['$schema'], messages.wrongType('string', json.$schema)));
  }
  let usable = true;
  if (!('hub' in json)) {
    problems.push(error([], messages.missingKey('hub')));
    usable = false;
  }
  const hubResult = hubSchema.safeParse(json.hub, { reportInput: true });
  if ('hub' in json && !hubResult.success) {
    for (const issue of hubResult.error.issues) {
      problems.push(...describeIssue(issue, hubSchema, ['hub'], json.hub));
    }
    usable = false;
  }
  for (const name of LISTS) {
    if (!(name in json)) {
      problems.push(error([], messages.missingKey(name)));
      usable = false;
    } else if (!Array.isArray(json[name])) {
      problems.push(error([name], messages.wrongType('array', json[name])));
      usable = false;
    }
  }
  if (!usable || !hubResult.success) return unusable();
  const hub = hubResult.data;
  const hubPlace = placeProblem(hub, ['hub'], options.checkPlace);
  if (hubPlace) problems.push(hubPlace);

  const lists = json as Record<ListName, unknown[]>;
  const sources = checkEntries<Source>('sources', lists.sources, sourceSchema, problems);
  const themes = checkEntries<Theme>('themes', lists.themes, themeSchema, problems);
  const checkedCities = checkEntries<City>('cities', lists.cities, citySchema, problems);
  const checkedVisits = checkEntries<Visit>('visits', lists.visits, visitSchema, problems);

  const cities = checkedCities.filter(({ index, value: city }) => {
    const path = ['cities', index];
    if (city.partnerSince !== undefined && city.partnerSince > currentYear) {
      problems.push(
        error([...path, 'partnerSince'], messages.futureYear(city.partnerSince, currentYear)),
      );
      return false;
    }
    if (city.partnerSince !== undefined && city.relation === 'informal') {
      problems.push({
        severity: 'warning',
        path: [...path, 'partnerSince'],
        message: messages.partnerSinceInformal(),
      });
    }
    const place = placeProblem(city, path, options.checkPlace);
    if (place) problems.push(place);
    return place?.severity !== 'error';
  });

  const refs = {
    city: new References(
      'city',
      new Set(cities.map((entry) => entry.value.id)),
      declaredIds('cities', lists.cities),
    ),
    theme: new References(
      'theme',
      new Set(themes.map((entry) => entry.value.id)),
      declaredIds('themes', lists.themes),
    ),
    source: new References(
      'source',
      new Set(sources.map((entry) => entry.value.id)),
      declaredIds('sources', lists.sources),
    ),
  };

  const visits = checkedVisits.filter(({ index, value: visit }) => {
    const path = ['visits', index];
    const found: Problem[] = [];
    if (visit.year > currentYear)
      found.push(error([...path, 'year'], messages.futureYear(visit.year, currentYear)));
    visit.cityIds.forEach((id, at) => {
      const problem = refs.city.check(id, [...path, 'cityIds', at]);
      if (problem) found.push(problem);
    });
    visit.themes.forEach((id, at) => {
      const problem = refs.theme.check(id, [...path, 'themes', at]);
      if (problem) found.push(problem);
    });
    const source = refs.source.check(visit.sourceId, [...path, 'sourceId']);
    if (source) found.push(source);
    repeated(visit.cityIds, [...path, 'cityIds'], problems);
    repeated(visit.themes, [...path, 'themes'], problems);
    problems.push(...found);
    return found.length === 0;
  });

  // Judged on the file as written, so one broken visit does not also flag its cities.
  const named = new Set(
    lists.visits.flatMap((raw) =>
      isRecord(raw) && Array.isArray(raw.cityIds)
        ? raw.cityIds.filter((id) => typeof id === 'string')
        : [],
    ),
  );
  for (const { index, value: city } of cities) {
    if (city.relation === 'informal' && !named.has(city.id)) {
      problems.push({
        severity: 'warning',
        path: ['cities', index],
        message: messages.cityWithoutContent(city.id),
      });
    }
  }

  const total = LISTS.reduce((sum, name) => sum + lists[name].length, 0);
  const kept = sources.length + themes.length + cities.length + visits.length;
  const data: Cooperation = {
    ...(typeof json.$schema === 'string' ? { $schema: json.$schema } : {}),
    hub,
    sources: sources.map((entry) => entry.value),
    themes: themes.map((entry) => entry.value),
    cities: cities.map((entry) => entry.value),
    visits: visits.map((entry) => entry.value),
  };
  return { data, problems, skipped: total - kept };
}
