import { describe, expect, it } from 'vitest';
import { matchSearchKey, toSearchKey, toSearchQuery, type MatchQuality } from './search-key';

describe('toSearchKey', () => {
  it.each<[string, string, number[]]>([
    ['Kijów', 'kijow', [0]],
    ['Pozuelo de Alarcón', 'pozuelo de alarcon', [0, 8, 11]],
    ['Okrągły Stół Poznań-Berlin', 'okragly stol poznan-berlin', [0, 8, 13, 20]],
    [
      'Mayor of Takasaki (Burmistrz Takasaki)',
      'mayor of takasaki (burmistrz takasaki)',
      [0, 6, 9, 19, 29],
    ],
    ['20. PKO Maraton', '20. pko maraton', [0, 4, 8]],
    ["Ra'anana", 'raanana', [0]],
    ['', '', []],
  ])('%j folds to %j with words at %j', (text, folded, wordStarts) => {
    expect(toSearchKey(text)).toEqual({ text: folded, wordStarts });
  });
});

describe('toSearchQuery', () => {
  it.each<[string, string, string[]]>([
    ['  KIJÓW ', 'kijow', ['kijow']],
    ['Poznań–Berlin', 'poznan-berlin', ['poznan', 'berlin']],
    ['„stół”', '"stol"', ['stol']],
    ['--', '--', []],
  ])('%j → %j, words %j', (raw, text, words) => {
    expect(toSearchQuery(raw)).toEqual({ text, words });
  });
});

describe('matchSearchKey', () => {
  it.each<[string, string, MatchQuality | null]>([
    ['Kijów', 'kijow', 'exact'],
    ['Kijów', 'KIJÓW', 'exact'],
    ['Kijów', 'kij', 'word-start'],
    ['Pozuelo de Alarcón', 'alar', 'word-start'],
    ['Okrągły Stół Poznań-Berlin', 'berl', 'word-start'],
    ['Delegacja z Kijowa', 'kijow', 'word-start'],
    ['Hanower', 'nowe', 'substring'],
    ['Pozuelo de Alarcón', 'alarcon pozuelo', 'all-words'],
    ['Okrągły Stół Poznań-Berlin', 'poznan berlin', 'all-words'],
    ['Okrągły Stół Poznań-Berlin', 'poznan paris', null],
    ['Pozuelo de Alarcón', 'uelo arcon', null],
    ['Kijów', 'kyiv', null],
    ['Kijów', '', null],
  ])('%j for %j: %s', (text, query, quality) => {
    expect(matchSearchKey(toSearchKey(text), toSearchQuery(query))).toBe(quality);
  });
});
