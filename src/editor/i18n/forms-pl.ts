import type { PluralForms } from '../../i18n/plural';

/** The kinds of entries the change summary counts. */
export type ChangedKind = 'visits' | 'cities' | 'themes' | 'sources';

/** Counted as the object of "dodano" (accusative: "dodano 1 wizytę"). */
const changeNouns: Record<ChangedKind, PluralForms> = {
  visits: { one: 'wizytę', few: 'wizyty', many: 'wizyt', other: 'wizyty' },
  cities: { one: 'miasto', few: 'miasta', many: 'miast', other: 'miasta' },
  themes: { one: 'temat', few: 'tematy', many: 'tematów', other: 'tematu' },
  sources: { one: 'źródło', few: 'źródła', many: 'źródeł', other: 'źródła' },
};

/** Polish texts of the entity forms and the handover; forms-en.ts must match this shape. */
export const formsPl = {
  listNames: {
    visits: 'Wizyty',
    cities: 'Miasta',
    themes: 'Tematy',
    sources: 'Źródła',
  },
  languageNames: { pl: 'po polsku', en: 'po angielsku' },
  lists: {
    /** "Szukaj w: Wizyty". */
    filter: (list: string) => `Szukaj: ${list}`,
    filterHint: 'Nazwa, identyfikator, rok albo kod kraju',
    shown: (shown: number, total: number) => `Pokazano ${shown} z ${total}`,
    empty: 'Lista jest pusta. Dodaj pierwszy wpis przyciskiem powyżej.',
    noMatch: 'Nic nie pasuje do wyszukiwania.',
    edit: 'Edytuj',
    duplicate: 'Powiel',
    delete: 'Usuń',
    close: 'Zamknij formularz',
    idLabel: 'Identyfikator',
    problems: (count: string) => `ma ${count}`,
  },
  add: {
    /** The button that opens the small form asking for a name. */
    open: {
      visits: 'Dodaj wizytę',
      cities: 'Dodaj miasto',
      themes: 'Dodaj temat',
      sources: 'Dodaj źródło',
    },
    heading: {
      visits: 'Nowa wizyta',
      cities: 'Nowe miasto',
      themes: 'Nowy temat',
      sources: 'Nowe źródło',
    },
    name: {
      visits: 'Tytuł wizyty po polsku',
      cities: 'Nazwa miasta po polsku',
      themes: 'Nazwa tematu po polsku',
      sources: 'Tytuł źródła po polsku',
    },
    id: 'Identyfikator',
    idHint:
      'Proponowany z nazwy: małe litery a-z, cyfry i łączniki. Można go zmienić; wizyty odwołują się do niego.',
    idFollows:
      'Małe litery a-z, cyfry i łączniki. Po zmianie wizyty, które go podają, odwołają się do nowego.',
    idTaken: (id: string) => `Identyfikator „${id}” jest już zajęty.`,
    idInvalid: 'Identyfikator może mieć tylko małe litery a-z, cyfry i pojedyncze łączniki.',
    confirm: 'Dodaj',
    cancel: 'Anuluj',
    added: (name: string) => `Dodano: ${name}`,
  },
  remove: {
    heading: (name: string) => `Usunąć „${name}”?`,
    plain:
      'Wpis zniknie z pliku. Cofnąć to można tylko zaczynając od nowa albo dodając go ponownie.',
    referred: (count: string) => `Nie można go po prostu usunąć: odwołuje się do niego ${count}:`,
    referenceAt: (title: string, id: string) => `${title} (${id})`,
    leftIncomplete:
      'Po usunięciu odwołań te wizyty zostaną bez wymaganego pola; edytor pokaże je jako błędy:',
    removeWithReferences: 'Usuń razem z odwołaniami',
    confirm: 'Usuń',
    cancel: 'Anuluj',
    removed: (name: string) => `Usunięto: ${name}`,
    visitNoun: { one: 'wizyta', few: 'wizyty', many: 'wizyt', other: 'wizyty' } as PluralForms,
  },
  city: {
    name: 'Nazwa',
    country: 'Kraj',
    lat: 'Szerokość geograficzna (lat)',
    lng: 'Długość geograficzna (lng)',
    relation: 'Rodzaj współpracy',
    relations: { partner: 'Miasto partnerskie (umowa)', informal: 'Współpraca bez umowy' },
    partnerHeading: 'Umowa partnerska',
    partnerSince: 'Rok podpisania umowy (partnerSince)',
    signed: 'Dzień podpisania umowy',
    partnershipUrl: 'Strona o partnerstwie (https://…)',
    areas: 'Dziedziny współpracy',
    area: (n: number) => `Dziedzina ${n}`,
    addArea: 'Dodaj dziedzinę',
    removeArea: (n: number) => `Usuń dziedzinę ${n}`,
    description: 'Opis miejsca (gdy to nie jest zwykłe miasto, np. powiat)',
    picker: {
      label: 'Kliknij na mapie, aby wskazać miejsce (albo wpisz współrzędne powyżej)',
      marker: 'Wskazane miejsce',
      loading: 'Wczytywanie mapy…',
      failed: 'Nie udało się wczytać mapy. Współrzędne można wpisać powyżej.',
      outlinesFailed: 'Nie udało się wczytać konturów krajów.',
      zoomIn: 'Przybliż',
      zoomOut: 'Oddal',
    },
  },
  visit: {
    cities: 'Miasta',
    citiesHint: 'Wybierz jedno lub więcej miast, których dotyczy wizyta.',
    citySearch: 'Szukaj miasta do dodania',
    cityAdd: (name: string) => `Dodaj ${name}`,
    cityRemove: (name: string) => `Usuń ${name} z wizyty`,
    noCityMatch: 'Żadne miasto nie pasuje. Nowe miasto dodaj w części „Miasta”.',
    moreCities: (count: number) => `…i ${count} więcej: wpisz więcej liter.`,
    chosenNone: 'Nie wybrano jeszcze żadnego miasta.',
    year: 'Rok',
    date: 'Data (jeśli znana)',
    duration: 'Czas trwania w dniach (jeśli znany)',
    direction: 'Kierunek',
    directions: {
      incoming: 'Do Poznania: delegacja w Poznaniu',
      outgoing: 'Z Poznania: wizyta przedstawicieli Poznania',
    },
    title: 'Tytuł',
    summary: 'Opis',
    participants: 'Uczestnicy',
    participant: (n: number) => `Uczestnik ${n}`,
    participantName: 'Kto',
    side: 'Strona',
    sides: { home: 'Poznań', foreign: 'Strona zagraniczna', other: 'Inni' },
    count: 'Liczba osób (jeśli znana)',
    addParticipant: 'Dodaj uczestnika',
    removeParticipant: (n: number) => `Usuń uczestnika ${n}`,
    places: 'Miejsca',
    place: (n: number) => `Miejsce ${n}`,
    addPlace: 'Dodaj miejsce',
    removePlace: (n: number) => `Usuń miejsce ${n}`,
    themes: 'Tematy',
    source: 'Źródło',
    note: 'Uwaga o danych (czego źródło nie mówi wprost i dlaczego)',
  },
  theme: {
    label: 'Nazwa',
  },
  source: {
    title: 'Tytuł',
    year: 'Rok, którego dotyczy',
    url: 'Adres strony (https://…)',
  },
  handover: {
    heading: 'Przekazanie pliku',
    download: 'Pobierz cooperation.json',
    copy: 'Kopiuj do schowka',
    changes: 'Zmiany względem pliku początkowego',
    refused: (errors: string) =>
      `Plik ma ${errors}: popraw je (lista „Problemy”), zanim go pobierzesz lub skopiujesz. Ostrzeżenia nie blokują.`,
    downloaded: 'Pobrano cooperation.json. Przekaż go zespołowi WWW.',
    copied: 'Skopiowano treść cooperation.json do schowka.',
    copyFailed: 'Przeglądarka nie pozwoliła skopiować do schowka. Pobierz plik zamiast tego.',
  },
  csv: {
    heading: 'Import wizyt z arkusza (CSV)',
    intro:
      'Plik CSV w kolumnach eksportu mapy (nagłówki po polsku lub po angielsku). Teksty trafiają do języka nagłówków; drugi język i strony uczestników uzupełnij w formularzach.',
    choose: 'Wybierz plik CSV z wizytami',
    imported: (visits: string) => `Zaimportowano ${visits}.`,
    nothing: 'W pliku nie było żadnej nowej wizyty do zaimportowania.',
    unreadable: 'Nie udało się odczytać pliku.',
    issuesHeading: 'Czego nie udało się odczytać',
    where: (row: number, column: number) => `Wiersz ${row}, kolumna ${column}`,
    issues: {
      syntax: (row: number) => `Wiersz ${row}: cudzysłów otwarty i nigdy nie zamknięty.`,
      'no-header':
        'Pierwszy wiersz nie ma nagłówków eksportu mapy (np. „Identyfikator wizyty”, „Rok”).',
      'missing-column': (column: string) => `Brak kolumny „${column}”.`,
      year: (value: string) => `„${value}” to nie rok (np. 2024); wizyta bez roku.`,
      direction: (value: string) =>
        `„${value}” to nie kierunek („Delegacja w Poznaniu” albo „Wizyta przedstawicieli Poznania”); wizyta bez kierunku.`,
      theme: (value: string) => `Nie ma tematu „${value}”; pominięto go.`,
      source: (value: string) => `Nie ma źródła „${value}”; wizyta bez źródła.`,
      'visit-exists': (value: string) => `Wizyta „${value}” już jest w pliku; pominięto wiersz.`,
    },
    visitNoun: { one: 'wizytę', few: 'wizyty', many: 'wizyt', other: 'wizyty' } as PluralForms,
  },
  changes: {
    nouns: changeNouns,
    /** "dodano 3 wizyty i 1 miasto". */
    added: (things: string) => `dodano ${things}`,
    changed: (things: string) => `zmieniono ${things}`,
    removed: (things: string) => `usunięto ${things}`,
    hubChanged: 'zmieniono miasto gospodarza',
    and: 'i',
    none: 'bez zmian',
  },
};

export type FormsMessages = typeof formsPl;
