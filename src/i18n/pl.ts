import type { PluralForms } from './plural';

const nouns: Record<
  'visit' | 'city' | 'person' | 'day' | 'year' | 'entry' | 'problem' | 'result' | 'country',
  PluralForms
> = {
  visit: { one: 'wizyta', few: 'wizyty', many: 'wizyt', other: 'wizyty' },
  city: { one: 'miasto', few: 'miasta', many: 'miast', other: 'miasta' },
  person: { one: 'osoba', few: 'osoby', many: 'osób', other: 'osoby' },
  day: { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' },
  year: { one: 'rok', few: 'lata', many: 'lat', other: 'roku' },
  entry: { one: 'wpis', few: 'wpisy', many: 'wpisów', other: 'wpisu' },
  problem: { one: 'problem', few: 'problemy', many: 'problemów', other: 'problemu' },
  result: { one: 'wynik', few: 'wyniki', many: 'wyników', other: 'wyniku' },
  country: { one: 'kraj', few: 'kraje', many: 'krajów', other: 'kraju' },
};

/** Polish interface texts: the source of the message keys; en.ts must match this shape. */
export const pl = {
  /** A region of the page that failed while drawn (it offers to try again). */
  regions: {
    page: 'Nie udało się pokazać mapy współpracy.',
    map: 'Nie udało się pokazać mapy.',
    filters: 'Nie udało się pokazać filtrów.',
    list: 'Nie udało się pokazać listy miast.',
    summary: 'Nie udało się pokazać podsumowania.',
    panel: 'Nie udało się pokazać szczegółów miasta.',
    share: 'Nie udało się pokazać udostępniania.',
  },
  app: {
    title: 'Współpraca zagraniczna Poznania',
    subtitle:
      'Miasta partnerskie Poznania i inne miasta, z którymi Poznań współpracuje: wizyty, uczestnicy i tematy.',
    loading: 'Wczytywanie danych mapy…',
    loadError: 'Nie udało się wczytać danych mapy.',
    loadErrorHint: {
      network: 'Sprawdź połączenie z internetem i spróbuj ponownie.',
      http: 'Serwer nie udostępnił pliku z danymi. Spróbuj ponownie za chwilę.',
      format: 'Plik z danymi jest uszkodzony. Szczegóły poniżej pomogą go poprawić.',
    },
    pageFailed: 'Nie udało się wczytać strony. Sprawdź połączenie z internetem i spróbuj ponownie.',
    retry: 'Spróbuj ponownie',
    errorDetails: 'Szczegóły błędu',
    languageSwitch: 'Język',
    skipToList: 'Przejdź do listy miast',
  },
  sheet: { handle: 'Filtry i lista' },
  side: {
    label: 'Obok mapy',
    list: 'Miasta',
    summary: 'Podsumowanie',
    panel: 'Panel boczny',
    hide: 'Ukryj panel',
    show: 'Pokaż panel',
    back: 'Wyniki',
  },
  embed: {
    openFull: 'Otwórz pełną mapę',
    newTab: '(otwiera się w nowej karcie)',
  },
  share: {
    button: 'Udostępnij / Osadź',
    codeFailed:
      'Nie udało się wczytać okna udostępniania. Naciśnij przycisk, by spróbować ponownie.',
    title: 'Udostępnij lub osadź mapę',
    intro: 'Link i kod pokazują ten sam widok: te same tematy, to samo miasto i ten sam język.',
    linkLabel: 'Link do tego widoku',
    copyLink: 'Kopiuj link',
    embedLabel: 'Kod do osadzenia na stronie (iframe)',
    embedHint:
      'Wklej ten kod w kod strony, na której ma się pojawić mapa (jeśli serwer mapy pozwala ją tam osadzić).',
    copyCode: 'Kopiuj kod',
    scriptLabel: 'Automatyczna wysokość (opcjonalnie)',
    scriptHint:
      'Dodaj ten skrypt raz na stronie z mapą: ramka przyjmie wysokość, o którą prosi mapa.',
    copyScript: 'Kopiuj skrypt',
    copied: 'Skopiowano do schowka.',
    copyFailed: 'Nie udało się skopiować. Zaznacz tekst i skopiuj go ręcznie (Ctrl+C).',
    close: 'Zamknij',
  },
  list: {
    heading: 'Lista miast',
    loading: 'Wczytywanie listy…',
    codeFailed: 'Nie udało się wczytać długiej listy miast.',
    groupBy: 'Grupuj',
    byCountry: 'Według kraju',
    byRelation: 'Według rodzaju współpracy',
    relations: { partner: 'Miasta partnerskie', informal: 'Współpraca bez umowy' },
    empty: 'Żadne miasto nie ma wizyt o wybranych tematach.',
    details: (country: string, visits: string) => `${country}: ${visits}`,
  },
  dataNotice: {
    skipped: (entries: string) => `Pominięto ${entries} z błędami w pliku danych.`,
    /** Nothing was left out, but the file has mistakes (e.g. a key written twice). */
    problems: (problems: string) => `${problems} w pliku danych.`,
    wrongEncoding:
      'Plik danych nie jest zapisany w UTF-8: niektóre litery mogą być zniekształcone.',
    hint: 'Reszta mapy działa. Opiekun danych znajdzie szczegóły w konsoli przeglądarki.',
    dismiss: 'Ukryj komunikat',
  },
  languages: { pl: 'Polski', en: 'English' },
  map: {
    clusteringFailed: 'Nie udało się wczytać grupowania miast na mapie.',
    outlinesFailed: 'Nie udało się wczytać konturów państw.',
    linesFailed: 'Nie udało się wczytać linii wizyt.',
    codeFailed: 'Nie udało się wczytać mapy.',
    /** Leaflet's credit, translated (HTML: a constant, never data). */
    attributionPrefix:
      '<a href="https://leafletjs.com" title="Biblioteka JavaScript do map interaktywnych" target="_blank" rel="noopener noreferrer">Leaflet</a>',
    label: 'Mapa współpracy zagranicznej Poznania',
    zoomIn: 'Przybliż',
    zoomOut: 'Oddal',
    resetView: 'Pokaż wszystkie miasta',
    cityMarker: (name: string, country: string, visits: string) => `${name}, ${country}: ${visits}`,
    hubMarker: (name: string, country: string) => `${name}, ${country}: miasto gospodarz`,
    clusterMarker: (cities: string, names: string) =>
      `Grupa: ${cities} w tej okolicy, m.in. ${names}. Przybliż, by zobaczyć każde`,
    offscreenGroup: 'Miasta poza widokiem mapy',
    offscreenToggle: (cities: string) => `Poza widokiem: ${cities}`,
    offscreenCity: (markerLabel: string) => `${markerLabel}. Poza widokiem: pokaż na mapie`,
    tilesUnavailable: 'Mapa szczegółowa niedostępna',
    basemapLoading: 'Wczytywanie konturów państw…',
  },
  legend: {
    title: 'Legenda',
    hub: 'Poznań',
    partner: 'Miasto partnerskie',
    informal: 'Współpraca bez umowy',
  },
  arcs: {
    toggle: 'Linie wizyt',
    incoming: 'Przyjazdy do Poznania',
    outgoing: 'Wyjazdy z Poznania',
    weight: 'Grubsza linia: więcej wizyt',
    /** `limit` formatted already. */
    tooMany: (limit: string) => `Linie pokazują się przy najwyżej ${limit} miastach: zawęź filtry.`,
  },
  filters: {
    heading: 'Filtry',
    themesHeading: 'Tematy wizyt',
    hint: 'Wybierz jeden lub więcej tematów: zostaną miasta z co najmniej jedną pasującą wizytą.',
    toggle: (selected: number) => (selected > 0 ? `Filtry (wybrane: ${selected})` : 'Filtry'),
    clear: 'Wyczyść filtry',
    /** Numbers formatted already ("10 000"). */
    result: (shown: string, total: string) => `${shown} z ${total} miast`,
  },
  facets: {
    heading: 'Więcej filtrów',
    /**
     * A choice's name with its count, counted already: "Do Poznania 5 wizyt". It starts with
     * the chip's visible text ("Do Poznania 5"), as WCAG's Label in Name wants.
     */
    option: (label: string, amount: string) => `${label} ${amount}`,
    direction: {
      label: 'Kierunek wizyt',
      all: 'Wszystkie',
      incoming: 'Do Poznania',
      outgoing: 'Z Poznania',
    },
    relation: {
      label: 'Rodzaj współpracy',
      partner: 'Miasta partnerskie',
      informal: 'Bez umowy',
    },
    country: {
      button: (selected: number) => (selected > 0 ? `Kraj (wybrane: ${selected})` : 'Kraj'),
      label: 'Kraje',
      hint: 'Liczba przy kraju: jego miasta pasujące do pozostałych filtrów.',
      clear: 'Odznacz kraje',
    },
    years: {
      label: 'Lata wizyt',
      from: 'Od roku',
      to: 'Do roku',
      /** `visits` counted already: "12 wizyt". */
      result: (from: number, to: number, visits: string) =>
        from === to ? `W roku ${from}: ${visits}` : `W latach ${from}–${to}: ${visits}`,
    },
  },
  panel: {
    label: (name: string) => `Szczegóły: ${name}`,
    loading: 'Wczytywanie szczegółów miasta…',
    codeFailed: 'Nie udało się wczytać szczegółów miasta.',
    close: 'Zamknij panel',
    partnerSince: (year: number) => `Miasto partnerskie od ${year} r.`,
    partnerSinceDate: (date: string) => `Miasto partnerskie od ${date}`,
    anniversary: (years: string, year: number) => `${years} partnerstwa w ${year}`,
    areas: 'Dziedziny współpracy',
    partnerPage: 'O partnerstwie na stronie Miasta Poznania',
    partner: 'Miasto partnerskie',
    informal: 'Współpraca bez umowy partnerskiej',
    visitsHeading: 'Wizyty',
    noVisits: 'W danych mapy nie ma opisu wizyt z tym miastem.',
    noMatchingVisits: 'Żadna wizyta z tym miastem nie pasuje do wybranych filtrów.',
    filteredVisits: (shown: number, total: number) =>
      `Pokazano ${shown} z ${total} wizyt: tylko pasujące do filtrów.`,
    incoming: 'Delegacja w Poznaniu',
    outgoing: 'Wizyta przedstawicieli Poznania',
    year: 'Rok',
    date: 'Data',
    duration: 'Czas trwania',
    alsoWith: 'Wizyta dotyczy także:',
    participants: 'Uczestnicy',
    places: 'Odwiedzone miejsca',
    themes: 'Tematy',
    source: 'Źródło',
    note: 'Uwaga do danych',
    sides: {
      home: 'strona poznańska',
      foreign: 'strona zagraniczna',
      other: 'inni',
    },
  },
  search: {
    codeFailed: 'Nie udało się wczytać wyszukiwarki.',
    label: 'Szukaj',
    placeholder: 'Miasto, kraj, uczestnik, wizyta',
    noResults: 'Nic nie znaleziono.',
    count: (results: string) => `${results}. Wybierz strzałkami w górę i w dół.`,
    reasons: {
      country: (name: string) => `Kraj: ${name}`,
      participant: (name: string) => `Uczestnik: ${name}`,
      visit: (title: string) => `Wizyta: ${title}`,
    },
  },
  summary: {
    heading: 'Podsumowanie',
    codeFailed: 'Nie udało się wczytać podsumowania.',
    byTheme: 'Wizyty według tematu',
    byYear: 'Wizyty według roku',
    empty: 'Wybrane filtry nie pokazują żadnej wizyty.',
    loading: 'Wczytywanie podsumowania…',
  },
  export: {
    heading: 'Pobierz dane',
    hint: 'Pliki zawierają miasta i wizyty, które pokazują wybrane filtry.',
    csv: 'Pobierz CSV (arkusz kalkulacyjny)',
    geojson: 'Pobierz GeoJSON (mapy, GIS)',
    fileBase: 'poznan-wspolpraca',
    columns: {
      visitId: 'Identyfikator wizyty',
      year: 'Rok',
      date: 'Data',
      direction: 'Kierunek',
      cityId: 'Identyfikator miasta',
      cityName: 'Miasto',
      country: 'Kod kraju',
      relation: 'Rodzaj współpracy',
      title: 'Tytuł wizyty',
      themes: 'Tematy',
      participants: 'Uczestnicy',
      summary: 'Opis',
      source: 'Źródło',
    },
  },
  nouns,
};

export type Messages = typeof pl;
