import type { MatchKind } from './search-index';

/** The reasons shown under a city's name; a match on the name itself needs none. */
export type MatchReasonKind = Exclude<MatchKind, 'city'>;

/** Every text the search box shows or announces, in the interface language. */
export interface SearchBoxLabels {
  label: string;
  placeholder: string;
  noResults: string;
  /** Announced when the suggestions change, e.g. "3 wyniki". */
  count: (suggestions: number) => string;
  /** The line under the city's name, e.g. "Uczestnik: Delegacja z Kijowa". */
  matchReason: (kind: MatchReasonKind, matchedText: string) => string;
}
