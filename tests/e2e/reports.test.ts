import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/accounts/account.schema.js';
import { buildAccount, signIn as apiSignIn, TEST_PASSWORD } from '../support/accounts.js';
import { browserAvailable, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { buildCycle } from '../support/reports.js';
import type { TestApp } from '../support/test-app.js';

// The national report cycle in a real Chromium against a whole Senim: a contributor drafts
// (autosaved, kept on the device while offline), the focal point submits, the Secretariat returns
// it, the focal point corrects it with a reason; the public and another state see only what they may.
// The steps build on each other, in order.

const CYCLE = 'cica-2026';
const MEASURE = 'military-visits';
const DRAFT_ONLY = 'Жарияланбаған жоба мәтіні';

describe.skipIf(!browserAvailable())('national reports in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let cycleTitle = '';
  const people: Record<'contributor' | 'focal' | 'officer' | 'chinaFocal', AccountView> =
    {} as never;
  let reportId = '';

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    cycleTitle = (await buildCycle(app, { id: CYCLE, year: 2026 })).title.kk;
    people.contributor = await buildAccount(app, 'contributor', { state: 'KAZ' });
    people.focal = await buildAccount(app, 'focal-point', { state: 'KAZ' });
    people.officer = await buildAccount(app, 'officer');
    people.chinaFocal = await buildAccount(app, 'focal-point', { state: 'CHN' });
  });

  afterAll(() => stopBrowserApp({ app, browser }));

  async function open(pathname: string, context?: BrowserContext, width = 1280): Promise<Page> {
    const page = await (
      context ?? (await browser.newContext({ viewport: { width, height: 900 } }))
    ).newPage();
    await page.goto(`${app.url}${pathname}`);
    return page;
  }

  /** Signs in through the sign-in page, so the session cookie lands in the browser context. */
  async function signedIn(account: AccountView, width = 1280): Promise<Page> {
    const page = await open('/sign-in', undefined, width);
    await page.getByLabel('Электрондық пошта').fill(account.email);
    await page.getByLabel('Құпиясөз', { exact: true }).fill(TEST_PASSWORD);
    await page.locator('main').getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL(/\/account$/);
    return page;
  }

  const saveStatus = (page: Page) => page.locator('#autosave-status').getAttribute('data-status');
  const main = (page: Page) => page.locator('main');

  async function openMeasure(page: Page) {
    const details = page.locator(`#measure-${MEASURE}`);
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  }

  /** What the server holds for KAZ, as the Secretariat sees it. */
  async function serverReport() {
    const officer = await apiSignIn(app, people.officer.email);
    const list = await app.request('GET', `/api/cycles/${CYCLE}/reports`, { as: officer });
    const item = (list.body.items as { state: string; id: string | null }[]).find(
      (i) => i.state === 'KAZ',
    );
    if (!item?.id) return null;
    return (await app.request('GET', `/api/reports/${item.id}`, { as: officer })).body;
  }

  it('lets a contributor draft the report: autosaved, and kept on the device while offline', async () => {
    const page = await signedIn(people.contributor, 360);
    await page.goto(`${app.url}/reports`);
    await main(page).getByRole('link', { name: cycleTitle }).click();
    await page.waitForURL(new RegExp(`/reports/${CYCLE}$`));
    await main(page).getByRole('link', { name: 'Қазақстан: есепті ашу' }).click();
    await page.waitForURL(new RegExp(`/reports/${CYCLE}/KAZ$`));

    await openMeasure(page);
    await page.locator(`#${MEASURE}-done`).fill('Қорғаныс колледждерінің делегациялары алмасты');
    await page.locator(`#${MEASURE}-when`).fill('2026 ж. мамыр');
    await page.locator(`#${MEASURE}-partners`).fill('Түркия, Әзербайжан');
    await page.locator('#visibility-public').check();
    // Saved means on the server: every field and the visibility, with nothing left to send.
    await expect
      .poll(async () => (await serverReport())?.visibility, { timeout: 10_000 })
      .toBe('public');
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('saved');
    expect(await page.locator('#autosave-status').textContent()).toContain('Сақталды');
    const saved = await serverReport();
    expect(saved).toMatchObject({ status: 'draft', visibility: 'public' });
    expect(saved.draft.content.entries).toEqual([
      expect.objectContaining({ measure: MEASURE, partners: 'Түркия, Әзербайжан' }),
    ]);
    reportId = saved.id;
    // A contributor drafts; only the focal point submits.
    expect(await page.getByRole('button', { name: 'Есепті тапсыру' }).count()).toBe(0);
    expect(await main(page).textContent()).toContain(
      'Есепті мемлекеттің байланыс тұлғасы тапсырады.',
    );
    // Usable at 360 px: nothing wider than the screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    // The connection drops while typing: the edit waits on the device and is not lost.
    await page.context().setOffline(true);
    await page.locator(`#${MEASURE}-outcomes`).fill('Екі сапар');
    await page.locator(`#${MEASURE}-done`).focus(); // the blur saves at once
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('offline');
    await page.close();
    await page.context().setOffline(false);

    // Opened again on the same device: the edit is restored, then saved.
    const again = await open(`/reports/${CYCLE}/KAZ`, page.context());
    await expect
      .poll(() => main(again).textContent(), { timeout: 10_000 })
      .toContain('Осы құрылғыда сақталған, серверге жетпеген өзгерістер қалпына келтірілді.');
    await expect.poll(() => saveStatus(again), { timeout: 10_000 }).toBe('saved');
    expect((await serverReport()).draft.content.entries[0].outcomes).toBe('Екі сапар');
    await again.context().close();
  });

  it('shows a conflict, not an overwrite, when someone saved meanwhile', async () => {
    const page = await signedIn(people.contributor);
    await page.goto(`${app.url}/reports/${CYCLE}/KAZ`);
    await openMeasure(page);
    // The focal point saves from elsewhere after this page loaded its revision.
    const focal = await apiSignIn(app, people.focal.email);
    const current = await serverReport();
    const put = await app.request('PUT', `/api/cycles/${CYCLE}/reports/KAZ/draft`, {
      as: focal,
      body: {
        content: current.draft.content,
        visibility: 'public',
        revision: current.draft.revision,
      },
    });
    expect(put.status).toBe(200);
    await page.locator(`#${MEASURE}-when`).fill('2026 ж. маусым');
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('conflict');
    expect(await main(page).textContent()).toContain('басқа біреу сақтады');
    expect((await serverReport()).draft.content.entries[0].when).toBe('2026 ж. мамыр');
    await main(page).getByRole('button', { name: 'Соңғы нұсқаны жүктеу' }).click();
    await expect.poll(() => saveStatus(page)).toBe('saved');
    await openMeasure(page);
    expect(await page.locator(`#${MEASURE}-when`).inputValue()).toBe('2026 ж. мамыр');
    await page.context().close();
  });

  it('keeps the draft from another state: its focal point gets the not-found page', async () => {
    const page = await signedIn(people.chinaFocal);
    await page.goto(`${app.url}/reports/${CYCLE}/KAZ`);
    await expect.poll(() => main(page).locator('h1').textContent()).toBe('Бет табылмады');
    await page.goto(`${app.url}/reports/view/${reportId}`);
    await expect.poll(() => main(page).locator('h1').textContent()).toBe('Бет табылмады');
    expect(await main(page).textContent()).not.toContain('Қорғаныс колледждерінің');
    await page.context().close();
  });

  it('lets the focal point submit the first version', async () => {
    const page = await signedIn(people.focal);
    await page.goto(`${app.url}/reports/${CYCLE}`);
    await main(page).getByRole('link', { name: 'Қазақстан: есепті ашу' }).click();
    await main(page).getByRole('button', { name: 'Есепті тапсыру' }).click();
    await expect.poll(() => main(page).textContent()).toContain('1-нұсқа тапсырылды.');
    expect((await serverReport()).status).toBe('submitted');
    await page.context().close();
  });

  it('lets an officer see who has not reported and return the report with a comment', async () => {
    const page = await signedIn(people.officer);
    await page.goto(`${app.url}/reports/${CYCLE}`);
    const kaz = main(page).locator('tr[data-state="KAZ"]');
    await expect.poll(() => kaz.textContent()).toContain('Тапсырылды');
    expect(await main(page).locator('tr.row--missing').count()).toBeGreaterThan(0);
    expect(await main(page).locator('tr[data-state="CHN"]').textContent()).toContain(
      'Тапсырылмаған',
    );
    // Those who have not reported are reminded.
    await main(page).getByRole('button', { name: 'Еске салу жіберу' }).click();
    await expect
      .poll(() => main(page).locator('.reminders [role="status"]').textContent())
      .toMatch(/^\d+ мемлекетке еске салу жіберілді\.$/);
    await kaz.getByRole('link', { name: 'Есепті қарау' }).click();
    await page.waitForURL(new RegExp(`/reports/view/${reportId}$`));
    await page.getByLabel('Мемлекетке түсініктеме').fill('Нәтижелерін толығырақ жазыңыз.');
    await main(page).getByRole('button', { name: 'Түсініктемемен қайтару' }).click();
    await expect.poll(() => main(page).textContent()).toContain('Есеп мемлекетке қайтарылды.');
    expect(await main(page).textContent()).toContain('Қайтарылды');
    await page.context().close();
  });

  it('lets the focal point correct the report and resubmit it with a reason', async () => {
    const page = await signedIn(people.focal);
    await page.goto(`${app.url}/reports/${CYCLE}/KAZ`);
    await expect.poll(() => main(page).textContent()).toContain('Нәтижелерін толығырақ жазыңыз.');
    await openMeasure(page);
    await page.locator(`#${MEASURE}-outcomes`).fill('Екі сапар, бірлескен семинар');
    await page.locator(`#${MEASURE}-done`).focus();
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('saved');
    const resubmit = main(page).getByRole('button', { name: 'Түзетілген нұсқаны тапсыру' });
    await resubmit.click();
    await expect
      .poll(() => page.locator('#submit-reason-error').textContent())
      .toBe('Түзету себебін жазыңыз.');
    await page
      .getByLabel('Түзету себебі')
      .fill('Хатшылықтың ескертпесі бойынша нәтижелер толықтырылды');
    await resubmit.click();
    await expect.poll(() => main(page).textContent()).toContain('2-нұсқа тапсырылды.');

    // Work goes on in the draft, which nobody outside the state and the Secretariat sees.
    await page.locator(`#${MEASURE}-partners`).fill(DRAFT_ONLY);
    await page.locator(`#${MEASURE}-done`).focus();
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('saved');

    // The two versions side by side: the changed field is marked.
    await page.goto(`${app.url}/reports/view/${reportId}`);
    const changed = main(page).locator(
      `.diff-table tr[data-measure="${MEASURE}"] .diff-field--changed`,
    );
    await expect.poll(() => changed.first().textContent()).toContain('Нәтижелері');
    expect(await main(page).textContent()).toContain(
      'Түзету себебі: Хатшылықтың ескертпесі бойынша нәтижелер толықтырылды',
    );
    await page.context().close();
  });

  it('lets an officer accept the corrected version', async () => {
    const page = await signedIn(people.officer);
    await page.goto(`${app.url}/reports/view/${reportId}`);
    await main(page).getByRole('button', { name: 'Қабылдау' }).click();
    await expect.poll(() => main(page).textContent()).toContain('Есеп қабылданды.');
    // Accepted: there is nothing left to decide.
    expect(await main(page).getByRole('button', { name: 'Қабылдау' }).count()).toBe(0);
    expect((await serverReport()).status).toBe('accepted');
    await page.context().close();
  });

  it('shows the public only the published versions, never the draft or the review', async () => {
    const page = await open(`/reports/${CYCLE}`);
    const kaz = main(page).locator('tr[data-state="KAZ"]');
    await expect.poll(() => kaz.textContent()).toContain('Қабылданды');
    expect(await main(page).locator('tr.row--missing').count()).toBe(0);
    await kaz.getByRole('link', { name: 'Есепті қарау' }).click();
    await page.waitForURL(new RegExp(`/reports/view/${reportId}$`));
    await expect.poll(() => main(page).locator('.version-list li').count()).toBe(2);
    const text = (await main(page).textContent()) ?? '';
    expect(text).toContain('Екі сапар, бірлескен семинар');
    expect(text).not.toContain(DRAFT_ONLY);
    expect(text).not.toContain('Нәтижелерін толығырақ жазыңыз.');
    expect(await main(page).getByRole('link', { name: 'Жобаны өңдеу' }).count()).toBe(0);
    expect(await main(page).getByRole('button', { name: 'Қабылдау' }).count()).toBe(0);
    await page.context().close();
  });

  it('shows the KAZ cell of the matrix as reported, with its meaning in words', async () => {
    const page = await open('/matrix', undefined, 360);
    const cell = main(page).locator(`tr[data-state="KAZ"] td[data-measure="${MEASURE}"]`);
    await expect.poll(() => cell.getAttribute('data-value')).toBe('reported');
    expect(await cell.textContent()).toContain('баяндалды');
    expect(await main(page).textContent()).toContain('міндеттемелердің орындалуын бағаламайды');
    const csv = await main(page)
      .getByRole('link', { name: 'Жүктеп алу: CSV' })
      .getAttribute('href');
    expect(csv).toBe(`/api/matrix?cycle=${CYCLE}&format=csv`);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    await page.goto(`${app.url}/dashboard`);
    await expect.poll(() => main(page).locator('figure svg[role="img"]').count()).toBe(5);
    expect(await main(page).locator('figcaption').first().textContent()).toContain(
      'Әскери-саяси өлшем',
    );
    await page.context().close();
  });
  it('lets an officer open the next reporting cycle, with its title in three languages', async () => {
    const page = await signedIn(people.officer);
    await page.goto(`${app.url}/reports`);
    await main(page).getByText('Жаңа есеп беру кезеңін ашу').click();
    await page.getByLabel('Атауы (қазақша)').fill('АӨСШК: келесі жылдың есептері');
    await page.getByLabel('Атауы (орысша)').fill('СВМДА: доклады следующего года');
    await main(page).getByRole('button', { name: 'Кезеңді ашу' }).click();
    // A missing title is named on its own field, in Kazakh, before anything is sent.
    await expect
      .poll(() => page.locator('#cycle-en-error').textContent())
      .toBe('Бұл өрісті толтырыңыз.');
    await page.getByLabel('Атауы (ағылшынша)').fill('CICA: next year’s reports');
    await main(page).getByRole('button', { name: 'Кезеңді ашу' }).click();
    await page.waitForURL(/\/reports\/cica-\d{4}$/);
    await expect
      .poll(() => main(page).locator('h1').textContent())
      .toBe('АӨСШК: келесі жылдың есептері');
    await page.context().close();
  });
});
