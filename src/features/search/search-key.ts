import { foldForSearch } from './normalize';

/** A text folded for matching, with the positions where its words begin. */
export interface SearchKey {
  readonly text: string;
  readonly wordStarts: readonly number[];
}

/** What a person typed, folded, and its words. */
export interface SearchQuery {
  readonly text: string;
  readonly words: readonly string[];
}

/** How well a key matches a query, best first. */
export const MATCH_QUALITIES = ['exact', 'word-start', 'substring', 'all-words'] as const;
export type MatchQuality = (typeof MATCH_QUALITIES)[number];

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Folds a data text once, so that typing never folds the data again. */
export function toSearchKey(text: string): SearchKey {
  const folded = foldForSearch(text);
  const chars = [...folded];
  const wordStarts: number[] = [];
  let offset = 0;
  let previousIsWord = false;
  for (const char of chars) {
    const isWord = WORD_CHAR.test(char);
    if (isWord && !previousIsWord) wordStarts.push(offset);
    previousIsWord = isWord;
    offset += char.length;
  }
  return { text: folded, wordStarts };
}

export function toSearchQuery(raw: string): SearchQuery {
  const text = foldForSearch(raw);
  return { text, words: text.split(NON_WORD).filter((word) => word !== '') };
}

function startsAWord(key: SearchKey, part: string): boolean {
  return key.wordStarts.some((start) => key.text.startsWith(part, start));
}

/**
 * Matches the whole query at the start of a word, anywhere inside, or, for a query of
 * several words, each word at the start of some word in any order ("alarcon pozuelo").
 */
export function matchSearchKey(key: SearchKey, query: SearchQuery): MatchQuality | null {
  if (query.text === '') return null;
  if (key.text === query.text) return 'exact';
  if (startsAWord(key, query.text)) return 'word-start';
  if (key.text.includes(query.text)) return 'substring';
  if (query.words.length > 1 && query.words.every((word) => startsAWord(key, word))) {
    return 'all-words';
  }
  return null;
}
