import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './e2e/support/chromium';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const browser = findChromium();

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: browser.executablePath, args: browser.args },
    // Recording a trace of every test cost a third of the suite's time on 2 cores: to debug a
    // failure, run it again with `npx playwright test <file> --trace retain-on-failure`.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  // The built app as it will be deployed, not the dev server: Debian's nginx with
  // deploy/nginx.conf (its strict CSP included), or vite preview with the same headers.
  webServer: {
    command: `npx vite build --logLevel warn && npx tsx scripts/serve/serve-built-app.ts`,
    // Not `url`: Playwright takes a 403 for a server that is up. The script says "serving"
    // once it got the page and the data itself, and exits with the reason when it cannot.
    wait: { stdout: /serving .+ at http:/ },
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
    // SIGTERM rather than SIGKILL: the script stops nginx and removes its temporary folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
