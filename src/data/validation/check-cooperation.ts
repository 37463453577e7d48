import { LISTS, TOP_LEVEL_KEYS } from '../contract-constants';
import type { City, Cooperation, Hub } from '../schema';
import { checkEntries, error, isRecord, warning, type Entry, type ListName } from './entries';
import {
  cityProblems,
  hasErrors,
  placeProblems,
  sourceProblems,
  visitProblems,
  type CheckContext,
  type PlaceCheck,
} from './entry-checks';
import { placeByBox } from './place-by-box';
import type { Problem, ProblemSink } from './problem';
import { References } from './references';
import type { Shapes } from './shapes';
import type { Wording } from './wording';

export interface ValidateOptions {
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
  /**
   * Given, each problem goes here as it is found instead of into the result's `problems`
   * (then empty): the command line keeps only the first few of a huge broken file.
   */
  readonly onProblem?: (problem: Problem) => void;
}

export interface ValidationResult {
  /** The usable part of the data, or null when the file as a whole cannot be used. */
  readonly data: Cooperation | null;
  /**
   * Everything found. Some errors leave nothing out (an unknown top-level key, a hub in the
   * wrong country): they fail the validator and the build, but the map can still be drawn.
   */
  readonly problems: readonly Problem[];
  /** How many entries (sources, themes, cities, visits) were left out because of errors. */
  readonly skipped: number;
}

/** The top level: one object with a usable hub and the four lists, or nothing can be drawn. */
function checkTopLevel(
  json: unknown,
  shapes: Shapes,
  wording: Wording,
  problems: ProblemSink,
): Hub | null {
  if (!isRecord(json)) {
    problems.push(error([], wording.messages.topLevel(json)));
    return null;
  }
  for (const key of Object.keys(json)) {
    if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key)) {
      const suggestion = wording.suggest(key, TOP_LEVEL_KEYS);
      const value = json[key];
      // A list there is most likely entries added in the wrong place: say they are not shown.
      const message =
        Array.isArray(value) && value.length > 0
          ? wording.messages.unknownList(key, value.length, suggestion)
          : wording.messages.unknownKey(key, suggestion);
      problems.push({ severity: 'error', path: [key], at: 'key', message });
    }
  }
  if (json.$schema !== undefined && typeof json.$schema !== 'string') {
    problems.push(error(['$schema'], wording.messages.wrongType('string', json.$schema)));
  }
  let hub: Hub | undefined;
  if (!Object.hasOwn(json, 'hub')) {
    problems.push(error([], wording.messages.missingKey('hub')));
  } else {
    hub = shapes.hub(json.hub, ['hub'], problems);
  }
  let usable = hub !== undefined;
  for (const name of LISTS) {
    if (!Object.hasOwn(json, name)) {
      problems.push(error([], wording.messages.missingKey(name)));
      usable = false;
    } else if (!Array.isArray(json[name])) {
      problems.push(error([name], wording.messages.wrongType('array', json[name])));
      usable = false;
    }
  }
  return usable && hub !== undefined ? hub : null;
}

/** Keeps the entries whose own checks find no error, recording every problem found. */
function keep<T>(
  entries: readonly Entry<T>[],
  check: (entry: Entry<T>) => Problem[],
  problems: ProblemSink,
): Entry<T>[] {
  return entries.filter((entry) => {
    const found = check(entry);
    problems.push(...found);
    return !hasErrors(found);
  });
}

/** Cities no visit names and no partnership explains: judged on the file as written. */
function citiesWithoutContent(
  cities: readonly Entry<City>[],
  rawVisits: readonly unknown[],
  wording: Wording,
) {
  const named = new Set(
    rawVisits.flatMap((raw) =>
      isRecord(raw) && Array.isArray(raw.cityIds) ? (raw.cityIds as unknown[]) : [],
    ),
  );
  return cities
    .filter(({ value: city }) => city.relation === 'informal' && !named.has(city.id))
    .map(({ index, value: city }) =>
      warning(['cities', index], wording.messages.cityWithoutContent(city.id)),
    );
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Checks parsed JSON against the data contract (with `shapes`) and its meaning (unique ids,
 * references, years, countries, places). Keeps every valid entry and says what is wrong
 * with the others, in `wording`'s words (asked for only when something is wrong).
 */
export function checkCooperation(
  json: unknown,
  shapes: Shapes,
  wording: Wording,
  options: ValidateOptions = {},
): ValidationResult {
  const context: CheckContext = {
    currentYear: options.currentYear ?? new Date().getFullYear(),
    futureYears: options.futureYears ?? 'warning',
    checkPlace: options.checkPlace ?? placeByBox,
    wording,
  };
  const problems: Problem[] = [];
  const { onProblem } = options;
  const sink: ProblemSink = onProblem
    ? { push: (...found: Problem[]) => found.forEach((problem) => onProblem(problem)) }
    : problems;
  const hub = checkTopLevel(json, shapes, wording, sink);
  if (hub === null) return { data: null, problems, skipped: 0 };
  sink.push(...placeProblems(hub, ['hub'], context));

  const raw = json as Record<ListName, unknown[]> & { $schema?: string };
  const sources = keep(
    checkEntries('sources', raw.sources, shapes.source, sink, wording),
    (entry) => sourceProblems(entry, context),
    sink,
  );
  const themes = checkEntries('themes', raw.themes, shapes.theme, sink, wording);
  const cities = keep(
    checkEntries('cities', raw.cities, shapes.city, sink, wording),
    (entry) => cityProblems(entry, context),
    sink,
  );
  const refs = {
    city: new References('city', 'cities', raw.cities, cities, wording),
    theme: new References('theme', 'themes', raw.themes, themes, wording),
    source: new References('source', 'sources', raw.sources, sources, wording),
  };
  const visits = keep(
    checkEntries('visits', raw.visits, shapes.visit, sink, wording),
    (entry) => visitProblems(entry, refs, context),
    sink,
  );
  // One at a time: spreading a list of thousands into push() overflows the call stack.
  for (const problem of citiesWithoutContent(cities, raw.visits, wording)) sink.push(problem);

  const total = LISTS.reduce((sum, name) => sum + raw[name].length, 0);
  const kept = sources.length + themes.length + cities.length + visits.length;
  const data: Cooperation = {
    ...(typeof raw.$schema === 'string' ? { $schema: raw.$schema } : {}),
    hub,
    sources: sources.map((entry) => entry.value),
    themes: themes.map((entry) => entry.value),
    cities: cities.map((entry) => entry.value),
    // A repeated city or theme is only a warning: show the visit once, not twice.
    visits: visits.map(({ value: visit }) => ({
      ...visit,
      cityIds: unique(visit.cityIds),
      themes: unique(visit.themes),
    })),
  };
  return { data, problems, skipped: total - kept };
}
