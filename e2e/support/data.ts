import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The data file's request, wherever the app is served from. */
export const DATA_REQUEST = /\/data\/cooperation\.json$/;

/** A frozen copy of the 2019 data: the tests stay true when editors add next year's visits. */
export const FIXTURE_FILE = new URL('../fixtures/cooperation-2019.json', import.meta.url);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit raw JSON at will
export type RawData = Record<string, any>;

/** A fresh copy of the test data (the 2019 data), to change in a test. */
export function testData(): RawData {
  return JSON.parse(readFileSync(FIXTURE_FILE, 'utf8')) as RawData;
}

/** Answers the app's data request with these bytes (or this data as JSON). */
export async function serveData(page: Page, body: RawData | string | Buffer): Promise<void> {
  const payload =
    typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body, null, 2);
  await page.route(DATA_REQUEST, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: payload }),
  );
}
