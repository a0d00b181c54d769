import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { buildAccount, TEST_PASSWORD } from '../support/accounts.js';
import { launchBrowser } from '../support/browser.js';
import { buildCycle, buildReport } from '../support/reports.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let browser: Browser;
beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('screens', async () => {
  await buildCycle(app, { id: 'cica-2025', year: 2025 });
  await buildCycle(app, { id: 'cica-2026', year: 2026 });
  const r = await buildReport(app, {
    cycle: 'cica-2026',
    state: 'KAZ',
    visibility: 'public',
    submitted: true,
  });
  await buildReport(app, {
    cycle: 'cica-2025',
    state: 'TUR',
    visibility: 'public',
    submitted: true,
  });
  const officer = await buildAccount(app, 'officer');
  for (const width of [360, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Электрондық пошта').fill(officer.email);
    await page.getByLabel('Құпиясөз', { exact: true }).fill(TEST_PASSWORD);
    await page.locator('main').getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL(/\/account$/);
    for (const [name, path] of [
      ['cycles', '/reports'],
      ['cycle', '/reports/cica-2026'],
      ['editor', '/reports/cica-2026/KAZ'],
      ['view', `/reports/view/${r.id}`],
      ['matrix', '/matrix?cycle=cica-2026&dimension=military-political&other=cica-2025'],
      ['dashboard', '/dashboard'],
    ] as const) {
      await page.goto(`${app.url}${path}`);
      await page.waitForTimeout(1500);
      console.log(name, width, await page.evaluate('document.documentElement.scrollWidth'));
      await page.screenshot({
        path: `/tmp/screens/${name}-${width}.png`,
        fullPage: width === 1280,
      });
    }
    await ctx.close();
  }
}, 120_000);
