import type { Browser, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/accounts/account.schema.js';
import { buildAccount, signIn as apiSignIn, TEST_PASSWORD } from '../support/accounts.js';
import { browserAvailable, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { buildCycle } from '../support/reports.js';
import type { TestApp } from '../support/test-app.js';

// Files in a national report, in a real Chromium: the focal point attaches a PDF to a measure
// (the report is created by that first upload), a file refused by its bytes is named with the
// reason, the report is submitted, and the public downloads the file from the report's page.

const CYCLE = 'cica-2026';
const MEASURE = 'military-visits';
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
// A Windows executable's first bytes, named as a PDF: the server judges files by their bytes.
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

describe.skipIf(!browserAvailable())('attachments of national reports in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let focal: AccountView;
  let officer: AccountView;
  let reportId = '';
  let attachmentId = '';

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    await buildCycle(app, { id: CYCLE, year: 2026 });
    focal = await buildAccount(app, 'focal-point', { state: 'KAZ' });
    officer = await buildAccount(app, 'officer');
  });

  afterAll(() => stopBrowserApp({ app, browser }));

  const main = (page: Page) => page.locator('main');
  const measure = (page: Page) => page.locator(`#measure-${MEASURE}`);
  const saveStatus = (page: Page) => page.locator('#autosave-status').getAttribute('data-status');

  async function signedIn(account: AccountView, width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByLabel('Электрондық пошта').fill(account.email);
    await page.getByLabel('Құпиясөз', { exact: true }).fill(TEST_PASSWORD);
    await main(page).getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL(/\/account$/);
    return page;
  }

  /** What the server holds for KAZ, as the Secretariat sees it. */
  async function serverReport() {
    const session = await apiSignIn(app, officer.email);
    const list = await app.request('GET', `/api/cycles/${CYCLE}/reports`, { as: session });
    const item = (list.body.items as { state: string; id: string | null }[]).find(
      (i) => i.state === 'KAZ',
    );
    if (!item?.id) return null;
    return (await app.request('GET', `/api/reports/${item.id}`, { as: session })).body;
  }

  it('lets the focal point attach a PDF to a measure, and names a refused file with the reason', async () => {
    const page = await signedIn(focal, 360);
    await page.goto(`${app.url}/reports/${CYCLE}/KAZ`);
    // Nothing is saved yet: the first upload creates the report.
    expect(await serverReport()).toBeNull();
    await measure(page).locator('summary').click();
    const input = page.getByLabel('Файлдарды тіркеу').first();
    expect(await input.getAttribute('id')).toBe(`${MEASURE}-files`);
    await page.locator(`#${MEASURE}-files`).setInputFiles({
      name: 'сапар-хаттамасы.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    const list = measure(page).locator('.attachment-list li');
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(1);
    expect(await list.first().textContent()).toContain('сапар-хаттамасы.pdf');
    expect(await list.first().textContent()).toContain('PDF');
    expect(await measure(page).locator('[role="status"]').textContent()).toBe(
      'Тіркелді: сапар-хаттамасы.pdf.',
    );
    // The link is in the entry on the server once autosave has run.
    await expect
      .poll(async () => (await serverReport())?.draft?.content.entries[0]?.attachments?.length, {
        timeout: 10_000,
      })
      .toBe(1);
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('saved');
    const saved = await serverReport();
    reportId = saved.id;
    attachmentId = saved.draft.content.entries[0].attachments[0];
    expect(saved.draft.content.entries[0].measure).toBe(MEASURE);
    expect(await list.first().locator('a').getAttribute('href')).toBe(
      `/api/attachments/${attachmentId}`,
    );

    // An executable named .pdf, chosen with the keyboard: Tab to the labelled input, then Space.
    await page.locator(`#${MEASURE}-outcomes`).focus();
    for (let i = 0; i < 5; i += 1) {
      if ((await page.evaluate(() => document.activeElement?.id)) === `${MEASURE}-files`) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${MEASURE}-files`);
    const chooser = await chooserFromSpace(page);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles({ name: 'x.pdf', mimeType: 'application/pdf', buffer: EXE });
    const alert = measure(page).locator('[role="alert"]');
    await expect
      .poll(() => alert.textContent(), { timeout: 10_000 })
      .toContain('x.pdf: мұндай файл түрі қабылданбайды');
    expect(await alert.textContent()).toContain('binary files of this kind are not accepted');
    expect(await list.count()).toBe(1);

    // Too large: refused before anything is sent.
    await page.locator(`#${MEASURE}-files`).setInputFiles({
      name: 'үлкен.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]),
    });
    await expect.poll(() => alert.textContent()).toContain('үлкен.pdf: файл 10 МБ-тан үлкен');
    expect(await list.count()).toBe(1);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    await page.context().close();
  });

  it('unlinks a file from the measure without deleting it, and links it again', async () => {
    const page = await signedIn(focal);
    await page.goto(`${app.url}/reports/${CYCLE}/KAZ`);
    const list = measure(page).locator('.attachment-list li');
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(1);
    await measure(page).getByRole('button', { name: 'Осы шарадан алып тастау: Файл 1' }).click();
    expect(await list.count()).toBe(0);
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('saved');
    expect((await serverReport()).draft.content.entries).toEqual([]);
    // Still on the server, for those who may read the draft.
    const session = await apiSignIn(app, focal.email);
    expect(
      (await app.request('GET', `/api/attachments/${attachmentId}`, { as: session })).status,
    ).toBe(200);
    await page.locator(`#${MEASURE}-files`).setInputFiles({
      name: 'сапар-хаттамасы.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(1);
    await page.locator(`#${MEASURE}-done`).fill('Қорғаныс колледждерінің делегациялары алмасты');
    await page.locator('#visibility-public').check();
    await expect
      .poll(async () => (await serverReport())?.visibility, { timeout: 10_000 })
      .toBe('public');
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('saved');
    attachmentId = (await serverReport()).draft.content.entries[0].attachments[0];

    await main(page).getByRole('button', { name: 'Есепті тапсыру' }).click();
    await expect.poll(() => main(page).textContent()).toContain('1-нұсқа тапсырылды.');
    expect((await serverReport()).versions[0].content.entries[0].attachments).toEqual([
      attachmentId,
    ]);
    await page.context().close();
  });

  it('lets the public download the attachment from the report view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/reports/view/${reportId}`);
    const entry = main(page).locator(`.entry[data-measure="${MEASURE}"]`);
    const link = entry.getByRole('link', { name: 'Файл 1' });
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBe(1);
    expect(await entry.textContent()).toContain('Тіркелген файлдар');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe(`/api/attachments/${attachmentId}`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('сапар-хаттамасы.pdf');
    const response = await context.request.get(`${app.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).equals(PDF)).toBe(true);
    await context.close();
  });

  it('marks a correction that adds a file in the comparison of versions', async () => {
    const page = await signedIn(focal);
    await page.goto(`${app.url}/reports/${CYCLE}/KAZ`);
    await measure(page).locator('summary').click();
    await page.locator(`#${MEASURE}-files`).setInputFiles({
      name: 'қорытынды.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Сапарлардың қорытындысы\n'),
    });
    const list = measure(page).locator('.attachment-list li');
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBe(2);
    expect(await list.nth(1).textContent()).toContain('TXT');
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('saved');
    await page.getByLabel('Түзету себебі').fill('Сапарлардың қорытындысы қосылды');
    await main(page).getByRole('button', { name: 'Түзетілген нұсқаны тапсыру' }).click();
    await expect.poll(() => main(page).textContent()).toContain('2-нұсқа тапсырылды.');
    await page.context().close();

    const visitor = await browser.newPage();
    await visitor.goto(`${app.url}/reports/view/${reportId}`);
    const entry = main(visitor).locator(`.entry[data-measure="${MEASURE}"]`);
    await expect.poll(() => entry.getByRole('link').count(), { timeout: 10_000 }).toBe(2);
    const changed = main(visitor).locator(
      `.diff-table tr[data-measure="${MEASURE}"] .diff-field--changed`,
    );
    await expect.poll(() => changed.count()).toBe(2);
    expect(await changed.first().textContent()).toContain('Тіркелген файлдар');
    expect(await changed.nth(1).textContent()).toContain('Файлдар саны: 2');
    await visitor.context().close();
  });
});

/**
 * Presses Space on the focused file input until the browser reports its picker, at most three
 * times. Chromium now and then drops the file-chooser event (microsoft/playwright#28023); one CI
 * run timed out so, and a person whose picker did not open would simply press Space again.
 */
async function chooserFromSpace(page: Page): Promise<FileChooser> {
  for (let attempt = 1; ; attempt += 1) {
    const opened = page.waitForEvent('filechooser', { timeout: 5_000 });
    await page.keyboard.press('Space');
    try {
      return await opened;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
