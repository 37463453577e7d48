import { readFileSync, statSync } from 'node:fs';

/** Far above any real data file (the app's own is well under 1 MB); refused before reading. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type ReadFile =
  { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly line: string };

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/**
 * The file's bytes, or one line saying why they were not read: the file is missing or
 * unreadable, or larger than `maxBytes` (known from its size, before reading it).
 */
export function readDataFile(file: string, maxBytes = MAX_FILE_BYTES): ReadFile {
  try {
    const { size } = statSync(file);
    if (size > maxBytes) {
      const [found, limit] = [megabytes(size), megabytes(maxBytes)];
      return {
        ok: false,
        line: `Plik ${file} ma ${found}, a walidator sprawdza pliki do ${limit}: to nie jest plik danych mapy (the file is ${found}; the validator checks files up to ${limit}: this is not a map data file)`,
      };
    }
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    return {
      ok: false,
      line: `Nie można odczytać pliku ${file} (cannot read the file): ${String(error)}`,
    };
  }
}
