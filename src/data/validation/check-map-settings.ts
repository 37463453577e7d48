import type { z } from 'zod';
import { HTTPS_URL } from '../contract-constants';
import { isRecord } from '../is-record';
import { mapSettingsSchema, tilesSchema } from '../map-settings-schema';
import { tileTemplateProblems } from '../tile-template';
import { describeIssue } from './describe-issue';
import { settingsMessages } from './map-settings-messages';
import { messages } from './messages';
import type { DataPath, Problem } from './problem';
import { suggest } from './suggestions';

type Issue = z.core.$ZodIssue;

const TOP_LEVEL_KEYS = ['$schema', 'tiles'];

function error(path: DataPath, message: Problem['message']): Problem {
  return { severity: 'error', path, message };
}

/** A URL's problems, said once however many of zod's checks it failed. */
function urlProblems(url: string, path: DataPath, template: boolean): Problem[] {
  const problems = HTTPS_URL.test(url) ? [] : [error(path, settingsMessages.httpsUrl(url))];
  if (!template) return problems;
  const placeholders = tileTemplateProblems(url);
  return [
    ...problems,
    ...placeholders.map((found) => error(path, settingsMessages.template(found))),
  ];
}

/** A problem in the tiles object: the two URLs in this file's words, the rest as in the data's. */
function describeTiles(issue: Issue, tiles: Record<string, unknown>): Problem[] {
  const path = issue.path.join('.');
  const { attribution } = tiles;
  if (path === 'url' && typeof tiles.url === 'string') {
    return urlProblems(tiles.url, ['tiles', 'url'], true);
  }
  if (path === 'attribution.url' && isRecord(attribution) && typeof attribution.url === 'string') {
    return urlProblems(attribution.url, ['tiles', 'attribution', 'url'], false);
  }
  return describeIssue(issue, tilesSchema, ['tiles'], tiles);
}

function describe(issue: Issue, json: Record<string, unknown>): Problem[] {
  if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
    return issue.keys.map((key) => ({
      severity: 'error',
      path: [key],
      at: 'key',
      message: messages.unknownKey(key, suggest(key, TOP_LEVEL_KEYS)),
    }));
  }
  if (issue.path[0] !== 'tiles') return describeIssue(issue, mapSettingsSchema, [], json);
  const { tiles } = json;
  if (!Object.hasOwn(json, 'tiles')) return [error([], messages.missingKey('tiles'))];
  // Not "none": an object is meant to be a tile server, so say what is wrong inside it.
  if (!isRecord(tiles)) return [error(['tiles'], settingsMessages.tilesChoice(tiles))];
  const result = tilesSchema.safeParse(tiles, { reportInput: true });
  return result.success ? [] : result.error.issues.flatMap((inner) => describeTiles(inner, tiles));
}

const identity = (problem: Problem) =>
  JSON.stringify([problem.path, problem.at ?? '', problem.message.en]);

/**
 * Everything wrong with parsed data/map-settings.json, in Polish and English, each problem
 * once (a URL can fail two of zod's checks; one look at it says everything). The app reads a
 * file with any error as "no tiles" and says so quietly on the map.
 */
export function checkMapSettings(json: unknown): Problem[] {
  if (!isRecord(json)) return [error([], settingsMessages.topLevel(json))];
  const result = mapSettingsSchema.safeParse(json, { reportInput: true });
  if (result.success) return [];
  const seen = new Set<string>();
  return result.error.issues
    .flatMap((issue) => describe(issue, json))
    .filter((problem) => !seen.has(identity(problem)) && Boolean(seen.add(identity(problem))));
}
