import type { Language } from '../../i18n/languages';
import type { MatchKind, SearchEntry, SearchIndex } from './search-index';
import {
  MATCH_QUALITIES,
  matchSearchKey,
  toSearchQuery,
  type MatchQuality,
  type SearchQuery,
} from './search-key';

/** One choice in the list of suggestions: choosing it opens `cityId`. */
export interface Suggestion {
  /** Unique in a list of suggestions and stable while typing; only a-z, 0-9 and hyphens. */
  readonly id: string;
  readonly cityId: string;
  readonly cityName: string;
  readonly kind: MatchKind;
  /** The text that matched, in the interface language. */
  readonly matchedText: string;
}

/** Letters or digits a query needs: one letter matches nearly every entry. */
export const MIN_QUERY_LENGTH = 2;

export function isSearchableQuery(raw: string): boolean {
  return [...toSearchQuery(raw).words.join('')].length >= MIN_QUERY_LENGTH;
}

/** Groups shown in this order: the city's own name beats every other reason to show it. */
const KIND_ORDER: readonly MatchKind[] = ['city', 'country', 'participant', 'visit'];

interface Match {
  entry: SearchEntry;
  quality: MatchQuality;
  tier: number;
}

function tierOf(kind: MatchKind, quality: MatchQuality): number {
  if (kind === 'city') return quality === 'exact' || quality === 'word-start' ? 0 : 1;
  return KIND_ORDER.indexOf(kind) + 1;
}

/** Whether one reason to suggest a city is better than another: by group, then by match. */
function ranksBefore(a: Match, b: Match): boolean {
  return (
    a.tier < b.tier ||
    (a.tier === b.tier && MATCH_QUALITIES.indexOf(a.quality) < MATCH_QUALITIES.indexOf(b.quality))
  );
}

function bestQuality(entry: SearchEntry, query: SearchQuery): MatchQuality | null {
  const qualities = [matchSearchKey(entry.keys.pl, query), matchSearchKey(entry.keys.en, query)];
  return MATCH_QUALITIES.find((quality) => qualities.includes(quality)) ?? null;
}

const collators = new Map<Language, Intl.Collator>();
function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language);
    collators.set(language, collator);
  }
  return collator;
}

/**
 * Suggestions for what a person typed, matched in both languages and shown in `language`:
 * city names starting with it first, then names containing it, then cities of a matching
 * country, then cities with a matching participant, then with a matching visit title; each
 * group by city name. One suggestion per city, for its best reason.
 */
export function searchCities(
  searchIndex: SearchIndex,
  raw: string,
  language: Language,
  limit = 8,
): Suggestion[] {
  if (!isSearchableQuery(raw) || limit <= 0) return [];
  const query = toSearchQuery(raw);
  const best = new Map<string, Match>();
  for (const entry of searchIndex.entries) {
    const quality = bestQuality(entry, query);
    if (!quality) continue;
    // One suggestion per city, with its best reason: three options that all open Kijów
    // would only be noise to a screen reader user.
    const candidate = { entry, quality, tier: tierOf(entry.kind, quality) };
    const previous = best.get(entry.cityId);
    if (!previous || ranksBefore(candidate, previous)) best.set(entry.cityId, candidate);
  }

  const compare = collatorFor(language).compare;
  return [...best.entries()]
    .sort(
      ([, a], [, b]) =>
        a.tier - b.tier ||
        MATCH_QUALITIES.indexOf(a.quality) - MATCH_QUALITIES.indexOf(b.quality) ||
        compare(a.entry.cityName[language], b.entry.cityName[language]) ||
        compare(a.entry.text[language], b.entry.text[language]),
    )
    .slice(0, limit)
    .map(([, { entry }]) => ({
      id: `${entry.kind}-${entry.cityId}`,
      cityId: entry.cityId,
      cityName: entry.cityName[language],
      kind: entry.kind,
      matchedText: entry.text[language],
    }));
}
