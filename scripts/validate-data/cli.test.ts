import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function validate(...args: string[]) {
  const run = spawnSync(tsx, ['scripts/validate-data.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, lines: run.stdout.trimEnd().split('\n') };
}

describe('npm run validate-data', () => {
  it('passes the bundled data file by default, with exit code 0', () => {
    const { status, lines } = validate();
    expect(status).toBe(0);
    expect(lines.at(-1)).toMatch(/^data\/cooperation\.json: poprawny, 0 błędów, 0 ostrzeżeń/);
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
    expect(validate('no/such/file.json').status).toBe(2);
  });

  it('guards the build: npm run build validates the data first', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.build).toMatch(/^npm run -s validate-data && /);
  });
});
