import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { WEB_ROOT } from '../../src/platform/paths.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Debian's Chromium; nothing is downloaded. */
export const CHROMIUM = process.env['SENIM_CHROMIUM'] ?? '/usr/bin/chromium';

/**
 * Whether the end-to-end tests can run here. Without Chromium they are skipped with a notice,
 * unless SENIM_REQUIRE_BROWSER is set (CI sets it), in which case its absence fails the run.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env['SENIM_REQUIRE_BROWSER'])
    throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  console.warn(`end-to-end tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface BrowserApp {
  app: TestApp;
  browser: Browser;
}

/** A whole Senim (fresh database, data packs, built web app) and a Chromium to look at it with. */
export async function startBrowserApp(): Promise<BrowserApp> {
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) {
    throw new Error('the web app is not built: run `npm run build:web` first');
  }
  const app = await startTestApp();
  return { app, browser: await launchBrowser() };
}

export async function stopBrowserApp(e2e: Partial<BrowserApp>): Promise<void> {
  await e2e.browser?.close();
  await e2e.app?.stop();
}

/** A page in a new browser context (no cookies shared), opened at a path of the app. */
export async function openPage(
  { app, browser }: BrowserApp,
  pathname: string,
  width = 1280,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${app.url}${pathname}`);
  return page;
}
