import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
