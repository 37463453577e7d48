import { LISTS, TOP_LEVEL_KEYS, type ListName } from '../contract-constants';
import { isRecord } from '../is-record';
import type { City, Cooperation, Hub, Source, Theme, Visit } from '../schema';
import {
  cityProblems,
  placeProblems,
  sourceProblems,
  visitProblems,
  type CheckContext,
  type Entry,
  type PlaceCheck,
} from './entry-checks';
import { error, hasErrors, warning, type Finding, type Report } from './finding';
import { placeByBox } from './place-by-box';
import type { DataPath } from './problem';
import { References } from './references';

/**
 * Checks one value against its part of the data contract: returns the value when it follows
 * it, otherwise undefined. The precise path (zod) reports what is wrong, at `path`; the quick
 * path (guards) has no words for it and only notes that the file needs the precise path.
 */
export type ShapeCheck<T> = (raw: unknown, path: DataPath, report: Report) => T | undefined;

/** One shape check per kind of entry. */
export interface Shapes {
  readonly hub: ShapeCheck<Hub>;
  readonly source: ShapeCheck<Source>;
  readonly theme: ShapeCheck<Theme>;
  readonly city: ShapeCheck<City>;
  readonly visit: ShapeCheck<Visit>;
}

export interface CheckOptions {
  /** Years after this one are flagged; defaults to the current year. */
  readonly currentYear?: number;
  /**
   * What a year after `currentYear` is. In the browser a warning (the default): the year comes
   * from the visitor's clock, which may be behind, and a visit must not vanish for that. The
   * command-line validator makes it an error, so a typo such as 2091 fails the build.
   */
  readonly futureYears?: 'error' | 'warning';
  /**
   * Where a place lies against its country. The command-line validator passes its check on
   * the country outlines; the default is the browser's cheap one on boxes (place-by-box.ts),
   * which still catches lat and lng swapped.
   */
  readonly checkPlace?: PlaceCheck;
}

/** What the map can use of a file: its data (null when nothing can be drawn) and what was left out. */
export interface Checked {
  readonly data: Cooperation | null;
  /** How many entries (sources, themes, cities, visits) were left out because of errors. */
  readonly skipped: number;
}

/** The top level: one object with a usable hub and the four lists, or nothing can be drawn. */
function checkTopLevel(json: unknown, shapes: Shapes, report: Report): Hub | null {
  if (!isRecord(json)) {
    report(error([], (words) => words.messages.topLevel(json)));
    return null;
  }
  for (const key of Object.keys(json)) {
    if ((TOP_LEVEL_KEYS as readonly string[]).includes(key)) continue;
    const value = json[key];
    report({
      severity: 'error',
      path: [key],
      at: 'key',
      describe: ({ messages, suggest }) => {
        const suggestion = suggest(key, TOP_LEVEL_KEYS);
        // A list there is most likely entries added in the wrong place: say they are not shown.
        return Array.isArray(value) && value.length > 0
          ? messages.unknownList(key, value.length, suggestion)
          : messages.unknownKey(key, suggestion);
      },
    });
  }
  const { $schema } = json;
  if ($schema !== undefined && typeof $schema !== 'string') {
    report(error(['$schema'], (words) => words.messages.wrongType('string', $schema)));
  }
  let hub: Hub | undefined;
  if (!Object.hasOwn(json, 'hub')) {
    report(error([], (words) => words.messages.missingKey('hub')));
  } else {
    hub = shapes.hub(json.hub, ['hub'], report);
  }
  let usable = hub !== undefined;
  for (const name of LISTS) {
    const list = json[name];
    if (!Object.hasOwn(json, name)) {
      report(error([], (words) => words.messages.missingKey(name)));
      usable = false;
    } else if (!Array.isArray(list)) {
      report(error([name], (words) => words.messages.wrongType('array', list)));
      usable = false;
    }
  }
  return usable && hub !== undefined ? hub : null;
}

/**
 * Checks each entry of a list on its own, so one bad entry does not hide the good ones.
 * Of entries sharing an id, the first is kept.
 */
function checkEntries<T extends { id: string }>(
  name: ListName,
  list: readonly unknown[],
  shape: ShapeCheck<T>,
  report: Report,
): Entry<T>[] {
  const accepted: Entry<T>[] = [];
  const firstIndex = new Map<string, number>();
  list.forEach((raw, index) => {
    const value = shape(raw, [name, index], report);
    if (value === undefined) return;
    const first = firstIndex.get(value.id);
    if (first !== undefined) {
      report(
        error([name, index, 'id'], (words) =>
          words.messages.duplicateId(value.id, `${name}[${first}]`),
        ),
      );
      return;
    }
    firstIndex.set(value.id, index);
    accepted.push({ index, value });
  });
  return accepted;
}

/** Keeps the entries whose own checks find no error, reporting every finding. */
function keep<T>(
  entries: readonly Entry<T>[],
  check: (entry: Entry<T>) => Finding[],
  report: Report,
): Entry<T>[] {
  return entries.filter((entry) => {
    const found = check(entry);
    found.forEach(report);
    return !hasErrors(found);
  });
}

/** Cities no visit names and no partnership explains: judged on the file as written. */
function citiesWithoutContent(cities: readonly Entry<City>[], rawVisits: readonly unknown[]) {
  const named = new Set<unknown>();
  for (const raw of rawVisits) {
    if (isRecord(raw) && Array.isArray(raw.cityIds)) for (const id of raw.cityIds) named.add(id);
  }
  return cities
    .filter(({ value: city }) => city.relation === 'informal' && !named.has(city.id))
    .map(({ index, value: city }) =>
      warning(['cities', index], (words) => words.messages.cityWithoutContent(city.id)),
    );
}

/** The ids once each, in order: the same list when none repeats (almost always). */
function unique(ids: string[]): string[] {
  if (ids.length < 2) return ids;
  const once = [...new Set(ids)];
  return once.length === ids.length ? ids : once;
}
const ids = (entries: readonly Entry<{ id: string }>[]) => entries.map((entry) => entry.value.id);

/**
 * The one walk over a data file that both paths take: the shapes of its entries (with
 * `shapes`: guards or zod) and their meaning (unique ids, references, years, countries,
 * places). Keeps every valid entry; hands every finding to `report` as it is found.
 */
export function checkCooperation(
  json: unknown,
  shapes: Shapes,
  report: Report,
  options: CheckOptions = {},
): Checked {
  const context: CheckContext = {
    currentYear: options.currentYear ?? new Date().getFullYear(),
    futureYears: options.futureYears ?? 'warning',
    checkPlace: options.checkPlace ?? placeByBox,
  };
  const hub = checkTopLevel(json, shapes, report);
  if (hub === null) return { data: null, skipped: 0 };
  placeProblems(hub, ['hub'], context).forEach(report);

  const raw = json as Record<ListName, unknown[]> & { $schema?: string };
  const sources = keep(
    checkEntries('sources', raw.sources, shapes.source, report),
    (entry) => sourceProblems(entry, context),
    report,
  );
  const themes = checkEntries('themes', raw.themes, shapes.theme, report);
  const cities = keep(
    checkEntries('cities', raw.cities, shapes.city, report),
    (entry) => cityProblems(entry, context),
    report,
  );
  const refs = {
    city: new References('city', 'cities', raw.cities, ids(cities)),
    theme: new References('theme', 'themes', raw.themes, ids(themes)),
    source: new References('source', 'sources', raw.sources, ids(sources)),
  };
  const visits = keep(
    checkEntries('visits', raw.visits, shapes.visit, report),
    (entry) => visitProblems(entry, refs, context),
    report,
  );
  citiesWithoutContent(cities, raw.visits).forEach(report);

  const total = LISTS.reduce((sum, name) => sum + raw[name].length, 0);
  const kept = sources.length + themes.length + cities.length + visits.length;
  const data: Cooperation = {
    ...(typeof raw.$schema === 'string' ? { $schema: raw.$schema } : {}),
    hub,
    sources: sources.map((entry) => entry.value),
    themes: themes.map((entry) => entry.value),
    cities: cities.map((entry) => entry.value),
    // A repeated city or theme is only a warning: show the visit once, not twice.
    visits: visits.map(({ value: visit }) => {
      const cityIds = unique(visit.cityIds);
      const themes = unique(visit.themes);
      return cityIds === visit.cityIds && themes === visit.themes
        ? visit
        : { ...visit, cityIds, themes };
    }),
  };
  return { data, skipped: total - kept };
}
