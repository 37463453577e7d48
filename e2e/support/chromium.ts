import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Which Chromium the end-to-end tests drive: $CHROMIUM_PATH, else Playwright's own browser when
 * it is installed, else the system's. Says what to install when there is none.
 */
export function findChromium(): { executablePath?: string; args: string[] } {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: systemArgs() };
  try {
    if (existsSync(chromium.executablePath())) return { args: [] };
  } catch {
    // Playwright has no browser of its own here; look for the system's.
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: systemArgs() };
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one of:\n' +
      '  npx playwright install chromium     (Playwright’s own browser)\n' +
      '  sudo apt-get install chromium       (Debian/Ubuntu system browser)\n' +
      'or point CHROMIUM_PATH at a Chromium binary.',
  );
}

function systemArgs(): string[] {
  return [
    // Root in a container has no user namespace for the sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}
