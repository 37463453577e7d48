import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function validate(...args: string[]) {
  return validateIn(root, ...args);
}

function validateIn(cwd: string, ...args: string[]) {
  const run = spawnSync(tsx, [path.join(root, 'scripts/validate-data.ts'), ...args], {
    cwd,
    encoding: 'utf8',
  });
  return {
    status: run.status,
    lines: run.stdout.trimEnd().split('\n'),
    errors: run.stderr.trimEnd().split('\n'),
  };
}

/** A file in a fresh temporary folder, holding `content`. */
function tempFile(content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'validate-')), 'cooperation.json');
  writeFileSync(file, content);
  return file;
}

/** A folder with the bundled data file and the given map settings, as data/ holds them. */
function folderWithSettings(settings: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
  mkdirSync(path.join(dir, 'data'));
  copyFileSync(
    path.join(root, 'data', 'cooperation.json'),
    path.join(dir, 'data', 'cooperation.json'),
  );
  writeFileSync(path.join(dir, 'data', 'map-settings.json'), settings);
  return dir;
}

const API_KEY_SETTINGS = `{
  "tiles": {
    "url": "https://tiles.example.com/{z}/{x}/{y}.png?apikey={apikey}",
    "attribution": { "text": "Example", "url": "https://tiles.example.com/" },
    "maxZoom": 19
  }
}
`;

describe('npm run validate-data', () => {
  it('passes the bundled data file and map settings by default, with exit code 0', () => {
    const { status, lines } = validate();
    expect(status).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(/^data\/cooperation\.json: poprawny, 0 błędów, 0 ostrzeżeń/),
      'data/map-settings.json: poprawny, 0 błędów, 0 ostrzeżeń; kafelki: tile.openstreetmap.org (valid, 0 errors, 0 warnings; tiles: tile.openstreetmap.org)',
    ]);
  });

  it('fails by default, so the build fails too, when the map settings have a placeholder Leaflet cannot fill', () => {
    const { status, lines } = validateIn(folderWithSettings(API_KEY_SETTINGS));
    expect(status).toBe(1);
    expect(lines[0]).toMatch(/^data\/cooperation\.json: poprawny/);
    expect(lines.slice(1)).toEqual([
      'data/map-settings.json:3:12  tiles.url  nieznane pole wzoru {apikey} w adresie kafelków: mapa zna tylko {z} {x} {y} {s} {r} {-y}; inną wartość (np. klucz API) wpisz wprost w adres (unknown placeholder {apikey} in the tile address: the map knows only {z} {x} {y} {s} {r} {-y}; write any other value (such as an API key) into the address itself)',
      'data/map-settings.json: 1 błąd, 0 ostrzeżeń; mapa pokaże same kontury państw (1 error, 0 warnings; the map will show the country outlines only)',
    ]);
  });

  it('checks a file named map-settings.json as map settings, and only that file', () => {
    const dir = folderWithSettings(
      '{ "tiles": "None", "tiles": { "url": "https://a/{ z }/{x}/{y}" } }',
    );
    const { status, lines } = validate(path.join(dir, 'data', 'map-settings.json'));
    expect(status).toBe(1);
    expect(lines.every((line) => line.includes('map-settings.json'))).toBe(true);
    expect(lines.join('\n')).toContain(
      ':1:20  tiles  pole "tiles" występuje drugi raz w tym samym obiekcie',
    );
    expect(lines.join('\n')).toContain(
      'tiles.url  nieznane pole wzoru { z } w adresie kafelków; czy chodziło o {z}?',
    );
    expect(lines.join('\n')).toContain('tiles  brak wymaganego pola "attribution"');
  });

  it('checks only the data file it is given, not the settings beside it', () => {
    const dir = folderWithSettings(API_KEY_SETTINGS);
    const { status, lines } = validate(path.join(dir, 'data', 'cooperation.json'));
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
  });

  it('says how it is used with --help', () => {
    const { status, lines } = validate('--help');
    expect(status).toBe(0);
    expect(lines.join('\n')).toContain('data/map-settings.json');
  });

  it('lists each problem as file:line:column  path  message and exits with 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
    const file = path.join(dir, 'cooperation.json');
    const text = readFileSync(path.join(root, 'data', 'cooperation.json'), 'utf8');
    writeFileSync(file, text.replace('"direction": "incoming"', '"direction": "incomming"'));
    const { status, lines } = validate(file);
    expect(status).toBe(1);
    expect(lines[0]).toMatch(
      /^\S*cooperation\.json:\d+:\d+ {2}visits\[\d+\]\.direction {2}niedozwolona wartość "incomming"; dozwolone: "incoming", "outgoing"; czy chodziło o "incoming"\? \(value "incomming" is not allowed; allowed: "incoming", "outgoing"; did you mean "incoming"\?\)$/,
    );
    expect(lines.at(-1)).toMatch(/1 błąd, 0 ostrzeżeń \(1 error, 0 warnings\)$/);
  });

  it('says when the file cannot be read, with exit code 2', () => {
    const run = validate('no/such/file.json');
    expect(run.status).toBe(2);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^Nie można odczytać pliku no\/such\/file\.json \(cannot read the file\)/,
      ),
    ]);
  });

  it('refuses a file over 50 MB before reading it, with exit code 2 and one line', () => {
    const file = tempFile('');
    truncateSync(file, 50 * 1024 * 1024 + 1);
    const run = validate(file);
    expect(run.status).toBe(2);
    expect(run.errors).toEqual([
      `Plik ${file} ma 51 MB, a walidator sprawdza pliki do 50 MB: to nie jest plik danych mapy (the file is 51 MB; the validator checks files up to 50 MB: this is not a map data file)`,
    ]);
  });

  it('survives a new line in a string followed by 200,000 "[" (exit code 1, one problem)', () => {
    const run = validate(tempFile(`["x\n${'['.repeat(200_000)}"]`));
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(2);
    expect(run.lines[0]).toContain('niezamknięty tekst: brak cudzysłowu " na końcu');
  });

  it('lists the first 200 problems, then says how many more there are', () => {
    const data = JSON.parse(readFileSync(path.join(root, 'data', 'cooperation.json'), 'utf8')) as {
      cities: Record<string, unknown>[];
    };
    const city = data.cities[0]!;
    // Each copy has an unknown key: one error each.
    for (let i = 0; i < 300; i += 1) data.cities.push({ ...city, typo: i });
    const run = validate(tempFile(JSON.stringify(data, null, 2)));
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(202);
    expect(run.lines[200]).toMatch(/cooperation\.json: … i 100 więcej \(and 100 more\)$/);
    expect(run.lines.at(-1)).toMatch(/300 błędów, 0 ostrzeżeń \(300 errors, 0 warnings\)$/);
  });

  it('guards the build: npm run build validates the data first', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.build).toMatch(/^npm run -s validate-data && /);
  });
});
