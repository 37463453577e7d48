import type { PluralForms } from '../../i18n/plural';

const nouns: Record<'error' | 'warning', PluralForms> = {
  error: { one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu' },
  warning: { one: 'ostrzeżenie', few: 'ostrzeżenia', many: 'ostrzeżeń', other: 'ostrzeżenia' },
};

/** The editor's Polish texts: the source of its keys; en.ts must match this shape. */
export const pl = {
  nouns,
  app: {
    title: 'Edytor danych mapy współpracy',
    failed: 'Edytora nie udało się wyświetlić.',
    failedHint:
      'Odśwież stronę. Kopia robocza zapisana w przeglądarce zostaje; szczegóły poniżej pomogą zespołowi WWW.',
    reload: 'Odśwież stronę',
    errorDetails: 'Szczegóły błędu',
  },
  start: {
    heading: 'Od czego zaczynasz?',
    intro:
      'Edytor zmienia plik z danymi mapy (cooperation.json) za pomocą formularzy i sprawdza go tak samo jak mapa. Nic nie jest nigdzie wysyłane: praca zostaje w tej przeglądarce, dopóki nie pobierzesz pliku.',
    deployed: 'Plik z opublikowanej mapy',
    deployedHint: 'Dane, które mapa pokazuje teraz.',
    deployedButton: 'Zacznij od opublikowanych danych',
    loading: 'Pobieranie pliku z danymi…',
    disk: 'Plik z dysku',
    diskHint: 'Plik cooperation.json zapisany na tym komputerze.',
    diskButton: 'Wybierz plik…',
    dropHint: 'albo upuść plik w dowolnym miejscu strony',
    dropHere: 'Upuść plik, aby go otworzyć',
    dropInWorkspace: 'Aby otworzyć inny plik, najpierw pobierz ten i zacznij od nowa.',
    saved: 'Kopia robocza w tej przeglądarce',
    savedHint: 'Praca przerwana wcześniej, zapisana w tej przeglądarce.',
    savedFile: 'Plik',
    savedAt: 'Zapisano',
    savedButton: 'Wróć do kopii roboczej',
    failedHeading: 'Nie udało się otworzyć pliku',
    tryOther: 'Spróbuj innego pliku albo innego sposobu powyżej.',
  },
  load: {
    network:
      'Nie udało się pobrać pliku z danymi. Sprawdź połączenie z internetem i spróbuj ponownie.',
    timeout: 'Serwer nie odpowiedział w ciągu 15 sekund. Spróbuj ponownie za chwilę.',
    http: (status: number) => `Serwer odpowiedział kodem ${status} zamiast pliku z danymi.`,
    notText:
      'To nie jest plik tekstowy w UTF-8 (ani UTF-16): być może to inny rodzaj pliku. Zapisz dane jako UTF-8.',
    empty: 'Plik jest pusty.',
    webPage: 'To strona WWW (HTML), a nie plik JSON z danymi.',
    notJson: 'To nie jest poprawny JSON.',
    at: (line: number, column: number) => `Wiersz ${line}, kolumna ${column}.`,
    parserSays: 'Komunikat przeglądarki',
    notObject:
      'Plik to poprawny JSON, ale nie obiekt { … } z danymi mapy, więc nie ma czego edytować formularzami.',
    tooLarge: (megabytes: number) =>
      `Plik ma ponad ${megabytes} MB: to za dużo jak na dane mapy. Czy to na pewno właściwy plik?`,
    unreadable: 'Przeglądarka nie mogła odczytać pliku z dysku.',
    openedWithNotes: 'Plik otwarty. Zwróć uwagę:',
    notUtf8:
      'Plik nie był zapisany w UTF-8: niektóre litery mogły zostać odczytane błędnie. Sprawdź nazwy i opisy; pobrany plik będzie już w UTF-8.',
    duplicateKeys: (count: number) =>
      `W pliku ${count === 1 ? 'jedno pole jest zapisane' : `${count} pól jest zapisanych`} dwa razy; edytor zachował ostatnią wartość.`,
  },
  header: {
    file: 'Plik',
  },
  status: {
    saved: 'Zapisano',
    saving: 'Zapisywanie…',
    failed: 'Nie zapisano w przeglądarce',
    failedHint: {
      full: 'Pamięć przeglądarki jest pełna. Praca trwa, ale zamknięcie karty ją utraci: pobierz plik, zanim skończysz.',
      blocked:
        'Przeglądarka nie pozwala zapisywać danych tej strony (np. tryb prywatny albo ustawienia). Praca trwa, ale zamknięcie karty ją utraci: pobierz plik, zanim skończysz.',
    },
  },
  startOver: {
    button: 'Zacznij od nowa',
    title: 'Zacząć od nowa?',
    body: 'Kopia robocza zostanie usunięta z tej przeglądarki. Zmiany, których nie pobrano jako plik, przepadną.',
    confirm: 'Usuń kopię roboczą',
    cancel: 'Anuluj',
  },
  sections: {
    nav: 'Części pliku',
    hub: 'Poznań',
  },
  fields: {
    pl: 'po polsku',
    en: 'po angielsku',
    none: '(nie wybrano)',
    numberHint: 'Liczba z kropką, np. 52.4064',
    dateHint: 'Data w formacie RRRR-MM-DD',
  },
  hub: {
    heading: 'Poznań: miasto w środku mapy',
    intro:
      'Miasto, od którego prowadzą linie na mapie. Zmieniaj je tylko wtedy, gdy naprawdę się zmienia.',
    id: 'Identyfikator',
    name: 'Nazwa',
    country: 'Kraj',
    lat: 'Szerokość geograficzna (lat)',
    lng: 'Długość geograficzna (lng)',
  },
  problems: {
    heading: 'Problemy',
    none: 'Brak problemów: plik spełnia wszystkie warunki mapy.',
    error: 'Błąd',
    warning: 'Ostrzeżenie',
    where: 'Miejsce',
    wholeFile: 'cały plik',
    errorsBlock: 'Błędy trzeba poprawić przed pobraniem pliku; ostrzeżenia nie blokują pobrania.',
    removeKey: (key: string) => `Usuń pole „${key}”`,
    more: (count: number) => `… i ${count} więcej. Popraw te powyżej, a lista się skróci.`,
  },
};

export type EditorMessages = typeof pl;
