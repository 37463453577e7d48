import type { Bilingual } from './problem';
import { shown } from './shown-value';

function maybe(suggestion: string | undefined): Bilingual {
  return suggestion === undefined
    ? { pl: '', en: '' }
    : { pl: `; czy chodziło o ${shown(suggestion)}?`, en: `; did you mean ${shown(suggestion)}?` };
}

function withSuggestion(base: Bilingual, suggestion: string | undefined): Bilingual {
  const tail = maybe(suggestion);
  return { pl: base.pl + tail.pl, en: base.en + tail.en };
}

const kinds = {
  string: { pl: 'tekstu w cudzysłowie', en: 'text in quotes' },
  number: { pl: 'liczby', en: 'a number' },
  int: { pl: 'liczby całkowitej', en: 'a whole number' },
  object: { pl: 'obiektu { … }', en: 'an object { … }' },
  array: { pl: 'listy [ … ]', en: 'a list [ … ]' },
} satisfies Record<string, Bilingual>;

export type ValueKind = keyof typeof kinds;

function found(value: unknown): Bilingual {
  if (value === null) return { pl: 'jest null', en: 'found null' };
  if (Array.isArray(value)) return { pl: 'jest lista [ … ]', en: 'found a list [ … ]' };
  if (typeof value === 'object') return { pl: 'jest obiekt { … }', en: 'found an object { … }' };
  if (typeof value === 'string')
    return { pl: `jest tekst ${shown(value)}`, en: `found text ${shown(value)}` };
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { pl: 'jest liczba zbyt duża do zapisania', en: 'found a number too large to store' };
  }
  if (typeof value === 'number')
    return { pl: `jest liczba ${value}`, en: `found the number ${value}` };
  return { pl: `jest ${shown(value)}`, en: `found ${shown(value)}` };
}

const references = {
  city: {
    pl: 'nieznane miasto',
    en: 'unknown city',
    skipped: { pl: 'miasto', en: 'city', wasSkipped: 'zostało pominięte' },
  },
  theme: {
    pl: 'nieznany temat',
    en: 'unknown theme',
    skipped: { pl: 'temat', en: 'theme', wasSkipped: 'został pominięty' },
  },
  source: {
    pl: 'nieznane źródło',
    en: 'unknown source',
    skipped: { pl: 'źródło', en: 'source', wasSkipped: 'zostało pominięte' },
  },
} as const;

export type ReferenceKind = keyof typeof references;

/** Every message the validator gives, in Polish and English. docs/data-messages.pl.md and .en.md explain those that need more. */
export const messages = {
  // The file as a whole
  emptyFile: (): Bilingual => ({ pl: 'plik jest pusty', en: 'the file is empty' }),
  notUtf8: (byte: number, offset: number): Bilingual => {
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      pl: `plik nie jest zapisany w UTF-8 (bajt ${hex} na pozycji ${offset}); zapisz go w edytorze jako UTF-8`,
      en: `the file is not saved as UTF-8 (byte ${hex} at offset ${offset}); save it as UTF-8 in your editor`,
    };
  },
  /** `encoding` as its byte order mark names it, e.g. "UTF-16 LE". */
  byteOrderMark: (encoding: string): Bilingual => ({
    pl: `plik jest zapisany w ${encoding} (mówi to znak BOM na jego początku); zapisz go w edytorze jako UTF-8`,
    en: `the file is saved as ${encoding} (its byte order mark says so); save it as UTF-8 in your editor`,
  }),
  undecodable: (detail: string): Bilingual => ({
    pl: `nie udało się odczytać pliku jako tekstu UTF-8: ${detail}`,
    en: `the file could not be read as UTF-8 text: ${detail}`,
  }),
  syntax: (what: Bilingual): Bilingual => ({
    pl: `błąd składni JSON: ${what.pl}`,
    en: `JSON syntax error: ${what.en}`,
  }),
  truncated: (): Bilingual => ({
    pl: 'plik urywa się w połowie: brakuje jego końca (przerwany zapis lub kopiowanie?)',
    en: 'the file stops halfway: its end is missing (an interrupted save or copy?)',
  }),
  decimalComma: (): Bilingual => ({
    pl: 'błąd składni JSON: liczby zapisuj z kropką dziesiętną (52.4), nie z przecinkiem (52,4)',
    en: 'JSON syntax error: write numbers with a decimal point (52.4), not a comma (52,4)',
  }),
  duplicateKey: (key: string): Bilingual => ({
    pl: `pole ${shown(key)} występuje drugi raz w tym samym obiekcie; liczyłoby się tylko ostatnie`,
    en: `the key ${shown(key)} appears twice in the same object; only the last one would count`,
  }),
  topLevel: (value: unknown): Bilingual => ({
    pl: `cały plik musi być jednym obiektem { "hub": …, "sources": …, "themes": …, "cities": …, "visits": … }, ${found(value).pl}`,
    en: `the whole file must be one object { "hub": …, "sources": …, "themes": …, "cities": …, "visits": … }, ${found(value).en}`,
  }),

  // Shapes and types
  missingKey: (key: string): Bilingual => ({
    pl: `brak wymaganego pola ${shown(key)}`,
    en: `missing required key ${shown(key)}`,
  }),
  unknownKey: (key: string, suggestion: string | undefined): Bilingual =>
    withSuggestion(
      {
        pl: `nieznane pole ${shown(key)}`,
        en: `unknown key ${shown(key)}`,
      },
      suggestion,
    ),
  unknownList: (key: string, entries: number, suggestion: string | undefined): Bilingual =>
    withSuggestion(
      {
        pl: `nieznane pole ${shown(key)}; mapa nie pokaże niczego z jego listy (wpisów: ${entries})`,
        en: `unknown key ${shown(key)}; the map shows nothing from its list (entries: ${entries})`,
      },
      suggestion,
    ),
  wrongType: (expected: ValueKind, value: unknown): Bilingual => ({
    pl: `oczekiwano ${kinds[expected].pl}, ${found(value).pl}`,
    en: `expected ${kinds[expected].en}, ${found(value).en}`,
  }),
  numberAsText: (value: string): Bilingual => ({
    pl: `liczba zapisana jako tekst ${shown(value)}: usuń cudzysłów i wpisz ${value.trim().replace(',', '.')}`,
    en: `a number written as text ${shown(value)}: remove the quotes and write ${value.trim().replace(',', '.')}`,
  }),
  notWhole: (value: number): Bilingual => ({
    pl: `oczekiwano liczby całkowitej, jest ${value}`,
    en: `expected a whole number, found ${value}`,
  }),
  notPositive: (value: unknown): Bilingual => ({
    pl: `liczba musi być większa od zera, jest ${shown(value)}`,
    en: `the number must be greater than zero, found ${shown(value)}`,
  }),
  tooSmall: (minimum: number, value: unknown): Bilingual => ({
    pl: `najmniejsza dozwolona wartość to ${minimum}, jest ${shown(value)}`,
    en: `the smallest allowed value is ${minimum}, found ${shown(value)}`,
  }),
  tooBig: (maximum: number, value: unknown): Bilingual => ({
    pl: `największa dozwolona wartość to ${maximum}, jest ${shown(value)}`,
    en: `the largest allowed value is ${maximum}, found ${shown(value)}`,
  }),
  latitudeRange: (value: unknown): Bilingual => ({
    pl: `szerokość geograficzna (lat) musi leżeć między -90 a 90, jest ${shown(value)}`,
    en: `latitude (lat) must lie between -90 and 90, found ${shown(value)}`,
  }),
  longitudeRange: (value: unknown): Bilingual => ({
    pl: `długość geograficzna (lng) musi leżeć między -180 a 180, jest ${shown(value)}`,
    en: `longitude (lng) must lie between -180 and 180, found ${shown(value)}`,
  }),
  emptyList: (): Bilingual => ({
    pl: 'lista nie może być pusta',
    en: 'the list must not be empty',
  }),
  invisibleText: (value: string): Bilingual => ({
    pl: `tekst ${shown(value)} składa się tylko z niewidocznych znaków`,
    en: `the text ${shown(value)} has only invisible characters`,
  }),
  unknownCountry: (code: string, suggestion: string | undefined) =>
    withSuggestion(
      { pl: `nieznany kod kraju ${shown(code)}`, en: `unknown country code ${shown(code)}` },
      suggestion,
    ),
  tooDeep: (limit: number): Bilingual => ({
    pl: `dane są zagnieżdżone głębiej niż ${limit} poziomów: to nie jest plik danych mapy`,
    en: `the data is nested deeper than ${limit} levels: this is not a map data file`,
  }),
  emptyText: (): Bilingual => ({
    pl: 'tekst nie może być pusty',
    en: 'the text must not be empty',
  }),
  untrimmedText: (value: string): Bilingual => ({
    pl: `tekst zaczyna się albo kończy spacją: ${shown(value)}`,
    en: `the text starts or ends with a space: ${shown(value)}`,
  }),
  idFormat: (value: string): Bilingual => ({
    pl: `identyfikator ${shown(value)} może zawierać tylko małe litery a-z, cyfry i pojedyncze łączniki, np. "kyiv" albo "visit-2019-3"`,
    en: `the id ${shown(value)} may contain only lowercase letters a-z, digits and single hyphens, e.g. "kyiv" or "visit-2019-3"`,
  }),
  idTooLong: (value: string, maximum: number): Bilingual => ({
    pl: `identyfikator ${shown(value)} ma ${value.length} znaków, a może mieć najwyżej ${maximum}`,
    en: `the id ${shown(value)} is ${value.length} characters long; at most ${maximum} are allowed`,
  }),
  countryFormat: (value: string): Bilingual => ({
    pl: `kod kraju ${shown(value)} musi mieć dwie wielkie litery ISO 3166-1, np. "DE" dla Niemiec`,
    en: `the country code ${shown(value)} must be two capital ISO 3166-1 letters, e.g. "DE" for Germany`,
  }),
  dateFormat: (value: string): Bilingual => ({
    pl: `data ${shown(value)} nie istnieje w kalendarzu albo nie ma postaci RRRR-MM-DD (np. "2019-05-14")`,
    en: `the date ${shown(value)} is not a real calendar date in the form YYYY-MM-DD (e.g. "2019-05-14")`,
  }),
  dateYear: (date: string, year: number): Bilingual => ({
    pl: `data "${date}" nie pasuje do roku wizyty ${year}`,
    en: `the date "${date}" does not match the visit's year ${year}`,
  }),
  httpsUrl: (value: string): Bilingual => ({
    pl: `adres ${shown(value)} musi zaczynać się od https:// i nie może zawierać spacji, cudzysłowów ani znaków < >`,
    en: `the address ${shown(value)} must start with https:// and contain no spaces, quotes or < >`,
  }),
  areasLength: (pl: number, en: number): Bilingual => ({
    pl: `dziedzin współpracy po polsku jest ${pl}, a po angielsku ${en}: każda dziedzina musi mieć oba teksty, w tej samej kolejności`,
    en: `there are ${pl} areas of cooperation in Polish and ${en} in English: each area needs both texts, in the same order`,
  }),
  notAllowed: (value: unknown, allowed: readonly string[], suggestion: string | undefined) =>
    withSuggestion(
      {
        pl: `niedozwolona wartość ${shown(value)}; dozwolone: ${allowed.map((option) => `"${option}"`).join(', ')}`,
        en: `value ${shown(value)} is not allowed; allowed: ${allowed.map((option) => `"${option}"`).join(', ')}`,
      },
      suggestion,
    ),
  nullIsland: (): Bilingual => ({
    pl: 'współrzędne 0, 0 to punkt na Atlantyku: wpisz prawdziwe położenie',
    en: 'coordinates 0, 0 are a point in the Atlantic: enter the real location',
  }),

  // Meaning
  duplicateId: (id: string, first: string): Bilingual => ({
    pl: `identyfikator "${id}" jest już użyty w ${first}; ten wpis pominięto`,
    en: `the id "${id}" is already used by ${first}; this entry is skipped`,
  }),
  /** `where` is the suggested entry's place, so an editor can tell which side holds the typo. */
  unknownReference: (kind: ReferenceKind, id: string, suggestion?: string, where?: string) => {
    const base = {
      pl: `${references[kind].pl} ${shown(id)}`,
      en: `${references[kind].en} ${shown(id)}`,
    };
    if (suggestion === undefined) return base;
    const at = where ? ` (${where})` : '';
    return {
      pl: `${base.pl}; czy chodziło o ${shown(suggestion)}${at}?`,
      en: `${base.en}; did you mean ${shown(suggestion)}${at}?`,
    };
  },
  skippedReference: (kind: ReferenceKind, id: string, where: string): Bilingual => ({
    pl: `${references[kind].skipped.pl} ${shown(id)} (${where}) ma błędy i ${references[kind].skipped.wasSkipped}, więc ta wizyta też`,
    en: `${references[kind].skipped.en} ${shown(id)} (${where}) has errors and was skipped, so this visit is too`,
  }),
  repeatedReference: (id: string): Bilingual => ({
    pl: `"${id}" występuje na tej liście więcej niż raz`,
    en: `"${id}" appears more than once in this list`,
  }),
  futureYear: (year: number, current: number): Bilingual => ({
    pl: `rok ${year} jest w przyszłości (teraz jest ${current})`,
    en: `the year ${year} is in the future (it is now ${current})`,
  }),
  swappedCoordinates: (lat: number, lng: number, country: string): Bilingual => ({
    pl: `szerokość i długość są chyba zamienione: punkt lat ${lat}, lng ${lng} leży poza krajem "${country}", a lat ${lng}, lng ${lat} w nim; zamień wartości lat i lng`,
    en: `latitude and longitude look swapped: lat ${lat}, lng ${lng} lies outside "${country}" but lat ${lng}, lng ${lat} lies in it; swap the lat and lng values`,
  }),
  otherCountry: (lat: number, lng: number, stated: string, actual: string): Bilingual => ({
    pl: `punkt lat ${lat}, lng ${lng} leży w kraju "${actual}", a nie "${stated}"; popraw kod kraju albo współrzędne`,
    en: `lat ${lat}, lng ${lng} lies in "${actual}", not "${stated}"; correct the country code or the coordinates`,
  }),
  outsideCountry: (lat: number, lng: number, country: string): Bilingual => ({
    pl: `punkt lat ${lat}, lng ${lng} leży daleko od kraju "${country}"; sprawdź współrzędne i kod kraju`,
    en: `lat ${lat}, lng ${lng} lies far from the country "${country}"; check the coordinates and the country code`,
  }),
  partnerSinceInformal: (): Bilingual => ({
    pl: 'rok "partnerSince" podano dla miasta bez umowy partnerskiej ("relation": "informal")',
    en: '"partnerSince" is given for a city without a partnership agreement ("relation": "informal")',
  }),
  partnershipInformal: (): Bilingual => ({
    pl: 'opis umowy "partnership" podano dla miasta bez umowy partnerskiej ("relation": "informal"); usuń go albo wpisz "relation": "partner"',
    en: '"partnership" is given for a city without a partnership agreement ("relation": "informal"); remove it or set "relation": "partner"',
  }),
  signedYear: (signed: string, partnerSince: number | undefined): Bilingual =>
    partnerSince === undefined
      ? {
          pl: `podano datę umowy "${signed}", ale nie rok "partnerSince"; dopisz "partnerSince": ${signed.slice(0, 4)}`,
          en: `the agreement date "${signed}" is given but not "partnerSince"; add "partnerSince": ${signed.slice(0, 4)}`,
        }
      : {
          pl: `data umowy "${signed}" nie pasuje do roku "partnerSince" ${partnerSince}`,
          en: `the agreement date "${signed}" does not match "partnerSince" ${partnerSince}`,
        },
  cityWithoutContent: (id: string): Bilingual => ({
    pl: `miasto "${id}" nie ma żadnej wizyty ani umowy partnerskiej, więc na mapie nie będzie nic o nim do przeczytania`,
    en: `the city "${id}" has no visit and no partnership, so the map will have nothing to say about it`,
  }),
  invalid: (detail: string): Bilingual => ({
    pl: `niepoprawna wartość: ${detail}`,
    en: `invalid value: ${detail}`,
  }),
};
