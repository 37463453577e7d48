/** The preview's words, in Polish; the English ones (preview-en.ts) have the same keys. */
export const previewPl = {
  open: 'Podgląd na mapie',
  bar: 'Podgląd kopii roboczej — nic nie zostało opublikowane',
  back: 'Wróć do edycji',
  loading: 'Wczytywanie mapy…',
  codeFailed: 'Nie udało się wczytać mapy',
  codeFailedHint: 'Sprawdź połączenie z internetem i spróbuj ponownie.',
  retry: 'Spróbuj ponownie',
  details: 'Szczegóły',
  unreadable: 'Tej kopii roboczej nie da się jeszcze pokazać na mapie',
  unreadableHint:
    'Popraw błędy pokazane w edytorze (zwłaszcza dane Poznania) i otwórz podgląd jeszcze raz.',
};

export type PreviewText = typeof previewPl;
