import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/accounts/account.schema.js';
import { buildAccount, signIn as apiSignIn, TEST_PASSWORD } from '../support/accounts.js';
import { browserAvailable, openPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// An action plan in a real Chromium against a whole Senim: the focal point of a coordinating
// state drafts it with an activity and submits it, the Secretariat records the SOC's approval,
// and the public finds the activity in the annual Plan of CBMs and its calendar feed.
// The steps build on each other, in order.

const AREA = 'military-contacts-and-information';
const TITLE = 'Әскери байланыстар жөніндегі іс-қимыл жоспары 2026–2027';
const ACTIVITY = 'Қорғаныс колледждерінің семинары';
const SOC_MEETING = 'Аға лауазымды тұлғалар комитетінің отырысы, Астана, 2026 жылғы 14 сәуір';

describe.skipIf(!browserAvailable())('plans in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  const people: Record<'focal' | 'officer', AccountView> = {} as never;
  let planPath = '';

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    people.focal = await buildAccount(app, 'focal-point', { state: 'KAZ' });
    people.officer = await buildAccount(app, 'officer');
  });

  afterAll(() => stopBrowserApp({ app, browser }));

  const open = (pathname: string, width?: number) => openPage({ app, browser }, pathname, width);

  /** Signs in through the sign-in page, so the session cookie lands in the browser context. */
  async function signedIn(account: AccountView, width = 1280): Promise<Page> {
    const page = await open('/sign-in', width);
    await page.getByLabel('Электрондық пошта').fill(account.email);
    await page.getByLabel('Құпиясөз', { exact: true }).fill(TEST_PASSWORD);
    await page.locator('main').getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL(/\/account$/);
    return page;
  }

  const status = (page: Page) => page.locator('#plan-status').textContent();

  it('lets the focal point of a coordinating state draft an action plan with an activity and submit it', async () => {
    const page = await signedIn(people.focal, 360);
    await page.goto(`${app.url}/plans`);
    await page.locator('main').getByRole('link', { name: 'Жаңа жоспар' }).click();
    await page.waitForURL(/\/plans\/new$/);

    // Only the areas KAZ coordinates are offered.
    await page.locator(`#plan-area option[value="${AREA}"]`).waitFor({ state: 'attached' });
    const offered = await page
      .locator('#plan-area option:not([disabled])')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toContain(AREA);
    expect(offered).not.toContain('illicit-drugs');

    await page.locator('#plan-kind').selectOption('action-plan');
    await page.locator('#plan-area').selectOption(AREA);
    await page.locator('#plan-title').fill(TITLE);
    await page
      .locator('#plan-body')
      .fill('Қорғаныс колледждері арасындағы сапарлар мен алмасулар.');
    await page.locator('#plan-startsYear').fill('2026');
    await page.locator('#plan-endsYear').fill('2027');
    await page.getByRole('button', { name: 'Іс-шара қосу' }).click();
    await page.locator('#activity-0-title').fill(ACTIVITY);
    await page.locator('#activity-0-startsOn').fill('2026-05-14');
    await page.locator('#activity-0-endsOn').fill('2026-05-12');
    await page.locator('#activity-0-venue').fill('Астана');
    await page.locator('#activity-0-organisers').fill('Қазақстан');
    await page.locator('#activity-0-participants').fill('Түркия, Әзербайжан');

    // A mistake is told beside its field, which takes the focus; nothing is sent.
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await expect
      .poll(() => page.locator('#activity-0-endsOn-error').textContent())
      .toContain('Аяқталуы басталуынан бұрын болмауы керек.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('activity-0-endsOn');
    expect(page.url()).toMatch(/\/plans\/new$/);

    await page.locator('#activity-0-endsOn').fill('2026-05-16');
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    planPath = new URL(page.url()).pathname;
    await expect.poll(() => page.locator('h1').textContent()).toBe(TITLE);
    expect(await status(page)).toBe('Жоба');
    expect(await page.locator('main table').textContent()).toContain(ACTIVITY);
    // Usable at 360 px: nothing wider than the screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    await page.getByRole('button', { name: 'Бекітуге тапсыру' }).click();
    await expect.poll(() => status(page)).toBe('Тапсырылды');
    // Submitted: no more editing or submitting for the state.
    expect(await page.getByRole('button', { name: 'Бекітуге тапсыру' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Өңдеу' }).count()).toBe(0);
  });

  it('keeps a submitted plan from the public until it is approved', async () => {
    const page = await open('/plan-of-cbms?year=2026');
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('2026 жылы бекітілген іс-шара жоқ.');
  });

  it('lets the Secretariat record the approval with the SOC meeting', async () => {
    const page = await signedIn(people.officer);
    await page.goto(`${app.url}${planPath}`);
    await page.getByRole('button', { name: 'Бекітілгенін тіркеу' }).click();
    // The meeting must be named: an empty one is refused beside the field.
    await page.getByRole('button', { name: 'Бекітуді тіркеу' }).click();
    await expect.poll(() => page.locator('#plan-soc-meeting-error').count()).toBe(1);
    await page.locator('#plan-soc-meeting').fill(SOC_MEETING);
    await page.getByRole('button', { name: 'Бекітуді тіркеу' }).click();
    await expect.poll(() => status(page)).toBe('Бекітілді');
    expect(await page.locator('main').textContent()).toContain(SOC_MEETING);
  });

  it('shows the public the activity in the Plan of CBMs of its year, and a calendar feed', async () => {
    const page = await open('/plan-of-cbms?year=2026', 360);
    const may = page.locator('section', { has: page.locator('h2', { hasText: 'мамыр 2026' }) });
    await expect.poll(() => may.textContent()).toContain(ACTIVITY);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    await page.getByRole('link', { name: 'Тізім' }).click();
    await expect.poll(() => page.locator('main table').textContent()).toContain('Астана');

    const href = await page.getByRole('link', { name: /Күнтізбеге жазылу/ }).getAttribute('href');
    expect(href).toBe('/api/plan-of-cbms?year=2026&format=ics');
    const feed = await page.request.get(`${app.url}${href}`);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260514');
  });

  it('lets the focal point declare the measures the state implements, never over a newer list', async () => {
    const page = await signedIn(people.focal, 360);
    const stale = await signedIn(people.focal);
    for (const p of [page, stale]) {
      await p.goto(`${app.url}/commitments?year=2026`);
      await p.locator('#measure-military-visits').waitFor();
    }
    await page.locator('#measure-military-visits').check();
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe('Сақталды.');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    // The other tab still holds the list as it was: its save is refused, not written over.
    await stale
      .locator('#measure-military-visits')
      .uncheck({ force: true })
      .catch(() => {});
    await stale.locator('#measure-dialogue-among-civilizations-events').check();
    await stale.getByRole('button', { name: 'Сақтау' }).click();
    await expect
      .poll(() => stale.getByRole('alert').textContent())
      .toContain('бұл тізімді басқа біреу сақтады');
    await stale.getByRole('button', { name: 'Соңғы нұсқасын жүктеу' }).click();
    await expect.poll(() => stale.locator('#measure-military-visits').isChecked()).toBe(true);
    expect(await stale.locator('#measure-dialogue-among-civilizations-events').isChecked()).toBe(
      false,
    );

    // Everyone else reads the declarations.
    const reader = await open('/commitments?year=2026');
    await expect.poll(() => reader.locator('main').textContent()).toContain('Қазақстан');
    expect(await reader.locator('main').textContent()).toContain('Шаралар саны: 1');
    expect(await reader.locator('input[type=checkbox]').count()).toBe(0);
  });

  it('never writes over a plan saved since it was opened; a returned plan shows the Secretariat’s comment while it is corrected', async () => {
    const api = await apiSignIn(app, people.focal.email);
    const draft = {
      kind: 'concept-paper',
      area: AREA,
      state: 'KAZ',
      title: 'Тұжырымдама жобасы',
      body: '',
      startsYear: 2027,
      endsYear: 2028,
      activities: [],
      revision: 0,
    };
    const created = await app.request('POST', '/api/plans', { as: api, body: draft });
    expect(created.status).toBe(200);
    const page = await signedIn(people.focal);
    await page.goto(`${app.url}/plans/${created.body.id}/edit`);
    await page.locator('#plan-title').waitFor();

    const theirs = 'Басқа тұлға сақтаған атау';
    const saved = await app.request('PUT', `/api/plans/${created.body.id}`, {
      as: api,
      body: { ...draft, title: theirs, revision: created.body.revision },
    });
    expect(saved.status).toBe(200);

    await page.locator('#plan-title').fill('Менің атауым');
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('бұл жоспарды басқа біреу сақтады');
    expect(page.url()).toMatch(/\/edit$/);
    const onServer = await app.request('GET', `/api/plans/${created.body.id}`, { as: api });
    expect(onServer.body.title).toBe(theirs);

    await page.getByRole('button', { name: 'Соңғы нұсқасын жүктеу' }).click();
    await expect.poll(() => page.locator('#plan-title').inputValue()).toBe(theirs);

    // Submitted, then returned by the Secretariat with a comment the state sees while correcting.
    const submitted = await app.request('POST', `/api/plans/${created.body.id}/submit`, {
      as: api,
    });
    expect(submitted.status).toBe(200);
    const officer = await signedIn(people.officer);
    await officer.goto(`${app.url}/plans/${created.body.id}`);
    await officer.getByRole('button', { name: 'Ескертпемен қайтару' }).click();
    await officer.getByRole('button', { name: 'Қайтару', exact: true }).click();
    await expect.poll(() => officer.locator('#plan-comment-text-error').count()).toBe(1);
    const comment = 'Іс-шаралардың күндерін көрсетіңіз.';
    await officer.locator('#plan-comment-text').fill(comment);
    await officer.getByRole('button', { name: 'Қайтару', exact: true }).click();
    await expect.poll(() => status(officer)).toBe('Қайтарылды');
    await page.goto(`${app.url}/plans/${created.body.id}/edit`);
    await expect.poll(() => page.locator('main .notice').textContent()).toContain(comment);
  });

  it('lets the Secretariat record a coordinator role the SOC approved, which opens the area to that state', async () => {
    const thai = await signedIn(await buildAccount(app, 'focal-point', { state: 'THA' }));
    const offeredToThailand = async () => {
      await thai.goto(`${app.url}/plans/new`);
      await thai.locator('#plan-title').waitFor();
      return thai
        .locator('#plan-area option:not([disabled])')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    };
    expect(await offeredToThailand()).not.toContain('illicit-drugs');

    const page = await signedIn(people.officer);
    await page.goto(`${app.url}/plans`);
    const form = page.locator('section', {
      has: page.getByRole('heading', { name: 'Үйлестіруші рөлін тіркеу' }),
    });
    await form.locator('#coordinator-scope').selectOption('area:illicit-drugs');
    await form.locator('#coordinator-state').selectOption('THA');
    await form.locator('#coordinator-role').selectOption('co-coordinator');
    await form.locator('#coordinator-from').fill('2026');
    await form.locator('#coordinator-soc').fill(SOC_MEETING);
    await form.getByRole('button', { name: 'Тіркеу' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Рөл тіркелді.');

    expect(await offeredToThailand()).toContain('illicit-drugs');
  });
});
