// Pictures for README and docs: node --import tsx bench/_pictures.ts (copied into bench/ to resolve imports)
import { chromium, type Page } from '@playwright/test';
import { serveBench } from './serve.ts';
const server = await serveBench(new URL('../data/cooperation.json', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const OUT = process.env.OUT ?? '/tmp/prof/pictures';
async function open(w: number, h: number, query: string, phone = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: w, height: h }, ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}) });
  const page = await context.newPage();
  await page.route(/tile\.openstreetmap\.org/, (r) => r.abort('internetdisconnected'));
  await page.goto(server.url + '/' + query);
  await page.locator('.basemap-pane svg path').first().waitFor();
  await page.waitForTimeout(800);
  return page;
}
const shots: [string, number, number, string, boolean, ((p: Page) => Promise<void>)?][] = [
  ['laptop-first-view', 1366, 768, '', false],
  ['laptop-city', 1366, 768, '?city=brno', false],
  ['laptop-filters', 1366, 768, '?themes=sport,heritage', false],
  ['laptop-embed', 760, 520, '?embed=1', false],
  ['phone-first-view', 375, 667, '', true],
  ['phone-city', 375, 667, '?city=brno', true],
  ['phone-filters', 375, 667, '', true, async (p) => { await p.getByRole('button', { name: /Filtry i lista/ }).click(); await p.waitForTimeout(600); }],
  ['phone-embed', 375, 600, '?embed=1', true],
];
for (const [name, w, h, q, phone, act] of shots) {
  const page = await open(w, h, q, phone);
  if (act) await act(page);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  await page.context().close();
  console.log(name);
}
await browser.close(); server.close();
