import type { EditorMessages } from './pl';

/** The editor's English texts; the type keeps every key of pl.ts. */
export const en: EditorMessages = {
  nouns: {
    error: { one: 'error', other: 'errors' },
    warning: { one: 'warning', other: 'warnings' },
  },
  app: {
    title: 'Cooperation map data editor',
    failed: 'The editor could not be shown.',
    failedHint:
      'Reload the page. The working copy saved in this browser stays; the details below help the web team.',
    reload: 'Reload the page',
    errorDetails: 'Error details',
  },
  start: {
    heading: 'What do you start from?',
    intro:
      "The editor changes the map's data file (cooperation.json) with forms and checks it just as the map does. Nothing is sent anywhere: the work stays in this browser until you download the file.",
    deployed: 'The file of the published map',
    deployedHint: 'The data the map shows now.',
    deployedButton: 'Start from the published data',
    loading: 'Downloading the data file…',
    disk: 'A file from the disk',
    diskHint: 'A cooperation.json file saved on this computer.',
    diskButton: 'Choose a file…',
    dropHint: 'or drop a file anywhere on the page',
    dropHere: 'Drop the file to open it',
    dropInWorkspace: 'To open another file, first download this one and start over.',
    saved: 'The working copy in this browser',
    savedHint: 'Work interrupted earlier, saved in this browser.',
    savedFile: 'File',
    savedAt: 'Saved',
    savedButton: 'Back to the working copy',
    failedHeading: 'The file could not be opened',
    tryOther: 'Try another file or another way above.',
  },
  load: {
    network: 'The data file could not be downloaded. Check your internet connection and try again.',
    timeout: 'The server did not answer within 15 seconds. Try again in a moment.',
    http: (status: number) => `The server answered ${status} instead of sending the data file.`,
    notText:
      'This is not a text file in UTF-8 (nor UTF-16): it may be another kind of file. Save the data as UTF-8.',
    empty: 'The file is empty.',
    webPage: 'This is a web page (HTML), not a JSON data file.',
    notJson: 'This is not valid JSON.',
    at: (line: number, column: number) => `Line ${line}, column ${column}.`,
    parserSays: "The browser's message",
    notObject:
      "The file is valid JSON, but not an object { … } with the map's data, so there is nothing to edit with forms.",
    tooLarge: (megabytes: number) =>
      `The file is over ${megabytes} MB: far too large for the map's data. Is it the right file?`,
    unreadable: 'The browser could not read the file from the disk.',
    openedWithNotes: 'File opened. Please note:',
    notUtf8:
      'The file was not saved as UTF-8: some letters may have been read wrongly. Check the names and descriptions; the downloaded file will be UTF-8.',
    duplicateKeys: (count: number) =>
      `${count === 1 ? 'One key is' : `${count} keys are`} written twice in the file; the editor kept the last value.`,
  },
  header: {
    file: 'File',
  },
  status: {
    saved: 'Saved',
    saving: 'Saving…',
    failed: 'Not saved in the browser',
    failedHint: {
      full: 'The browser’s storage is full. You can keep working, but closing the tab loses the work: download the file before you finish.',
      blocked:
        'The browser does not let this page save data (e.g. a private window or its settings). You can keep working, but closing the tab loses the work: download the file before you finish.',
    },
  },
  startOver: {
    button: 'Start over',
    title: 'Start over?',
    body: 'The working copy will be deleted from this browser. Changes not downloaded as a file will be lost.',
    confirm: 'Delete the working copy',
    cancel: 'Cancel',
  },
  sections: {
    nav: 'Parts of the file',
    hub: 'Poznań',
  },
  fields: {
    pl: 'in Polish',
    en: 'in English',
    none: '(none chosen)',
    numberHint: 'A number with a dot, e.g. 52.4064',
    dateHint: 'A date as YYYY-MM-DD',
  },
  hub: {
    heading: 'Poznań: the city at the centre of the map',
    intro: 'The city the lines on the map start from. Change it only when it really changes.',
    id: 'Identifier',
    name: 'Name',
    country: 'Country',
    lat: 'Latitude (lat)',
    lng: 'Longitude (lng)',
  },
  problems: {
    heading: 'Problems',
    none: 'No problems: the file meets every condition of the map.',
    error: 'Error',
    warning: 'Warning',
    where: 'Where',
    wholeFile: 'the whole file',
    errorsBlock: 'Errors must be fixed before the file is downloaded; warnings do not block it.',
    removeKey: (key: string) => `Remove the key "${key}"`,
    more: (count: number) => `… and ${count} more. Fix those above and the list gets shorter.`,
  },
};
