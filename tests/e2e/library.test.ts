import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/accounts/account.schema.js';
import { buildAccount, signIn as apiSignIn, TEST_PASSWORD } from '../support/accounts.js';
import { browserAvailable, openPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import { DAMAGED_KAZAKH, ENGLISH_TEXT, RUSSIAN_TEXT, upload } from '../support/library.js';
import type { TestApp } from '../support/test-app.js';

// The library in a real Chromium against a whole Senim: a new Secretariat officer files a damaged
// Kazakh document and a Russian one through the upload page, finds both with a Kazakh word in its
// base form, confirms the event the reader suggests, and follows the timeline's link back to the
// sentence. A members-only document stays out of the public's search; a PDF printed by Chromium
// itself is found by a Kazakh word. The steps build on each other, in order.

const KK_TITLE = 'Астанадағы кездесу туралы хабар';
const RU_TITLE = 'Заявление о региональной безопасности';
const PDF_TITLE = 'Бейбітшілік туралы баяндама';
const EVENT_SENTENCE =
  'АӨСШК-ға мүше мемлекеттердің сыртқы істер министрлері 2024 жылғы 12 қыркүйекте Астанада бас қосты.';
const UUID = /\/library\/([0-9a-f-]{36})$/;

describe.skipIf(!browserAvailable())('the library in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let officer: AccountView;
  const ids: Record<'kk' | 'ru' | 'members' | 'pdf', string> = {} as never;
  let sentencePath = '';

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    officer = await buildAccount(app, 'officer');
  });

  afterAll(() => stopBrowserApp({ app, browser }));

  const open = (pathname: string, width?: number) => openPage({ app, browser }, pathname, width);
  const main = (page: Page) => page.locator('main');
  const noHorizontalScroll = async (page: Page) =>
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      page.viewportSize()!.width,
    );

  /** Signs in through the sign-in page, so the session cookie lands in the browser context. */
  async function signedIn(account: AccountView, width = 1280): Promise<Page> {
    const page = await open('/sign-in', width);
    await page.getByLabel('Электрондық пошта').fill(account.email);
    await page.getByLabel('Құпиясөз', { exact: true }).fill(TEST_PASSWORD);
    await main(page).getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL(/\/account$/);
    return page;
  }

  /** Files a document through the upload page and answers its id, from the reader's address. */
  async function fileThroughPage(
    page: Page,
    file: { name: string; mimeType: string; buffer: Buffer },
    fields: { title: string; date?: string; type: string; author?: string },
  ): Promise<string> {
    await page.goto(`${app.url}/library/new`);
    await page.locator('#upload-file').setInputFiles(file);
    await page.getByLabel('Атауы').fill(fields.title);
    if (fields.date) await page.getByLabel('Күні').fill(fields.date);
    await page.getByLabel('Түрі').selectOption(fields.type);
    if (fields.author) {
      const author = page.getByLabel('Авторы');
      await author.locator(`option[value="${fields.author}"]`).waitFor({ state: 'attached' });
      await author.selectOption(fields.author);
    }
    await noHorizontalScroll(page);
    await main(page).getByRole('button', { name: 'Қосу' }).click();
    // Either the reader opens, or the page says why the server refused the file.
    const refusal = main(page).locator('.field__error, .failure').first();
    await Promise.race([
      page.waitForURL(UUID, { timeout: 20_000 }),
      refusal.waitFor({ timeout: 20_000 }),
    ]);
    if (!UUID.test(page.url())) throw new Error(`refused: ${await refusal.textContent()}`);
    await expect.poll(() => main(page).locator('h1').textContent()).toBe(fields.title);
    return UUID.exec(page.url())![1]!;
  }

  it('lets a new Secretariat officer file a damaged Kazakh document and a Russian one through the upload page', async () => {
    const page = await signedIn(officer, 360);
    await page.goto(`${app.url}/library`);
    await main(page).getByRole('link', { name: 'Құжат қосу' }).click();
    await page.waitForURL(/\/library\/new$/);

    // No file: told beside the field, nothing sent.
    await main(page).getByRole('button', { name: 'Қосу' }).click();
    await expect
      .poll(() => page.locator('#upload-file-error').textContent())
      .toBe('Файлды таңдаңыз.');

    ids.kk = await fileThroughPage(
      page,
      { name: 'astana.txt', mimeType: 'text/plain', buffer: Buffer.from(DAMAGED_KAZAKH) },
      { title: KK_TITLE, date: '2024-09-12', type: 'news' },
    );
    expect(await main(page).locator('.library-facts').textContent()).toContain('қазақша');
    expect(await main(page).locator('.document-text').textContent()).toBe(DAMAGED_KAZAKH);
    await noHorizontalScroll(page);

    ids.ru = await fileThroughPage(
      page,
      { name: 'zayavlenie.txt', mimeType: 'text/plain', buffer: Buffer.from(RUSSIAN_TEXT) },
      { title: RU_TITLE, type: 'statement', author: 'KAZ' },
    );
    expect(await main(page).locator('.library-facts').textContent()).toContain('орысша');

    // The same file again: the server's refusal is shown under the field it names.
    await page.goto(`${app.url}/library/new`);
    await page.locator('#upload-file').setInputFiles({
      name: 'copy.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(RUSSIAN_TEXT),
    });
    await main(page).getByRole('button', { name: 'Қосу' }).click();
    const error = page.locator('#upload-file-error');
    await expect
      .poll(() => error.textContent(), { timeout: 10_000 })
      .toContain('Сервердің хабары:');
    expect(page.url()).toMatch(/\/library\/new$/);
    expect(await page.locator('#upload-file').getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('finds both with a Kazakh word in its base form, shows the match and the languages it crossed into, and filters by facet', async () => {
    const page = await open('/library', 360);
    await page.getByLabel('Іздеу сөзі').fill('қауіпсіздік');
    await main(page).getByRole('button', { name: 'Іздеу' }).click();
    await page.waitForURL(/\?q=/);
    const results = main(page).locator('.library-result');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(2);
    const titles = await results.locator('h3').allTextContents();
    expect(titles).toEqual(expect.arrayContaining([KK_TITLE, RU_TITLE]));
    const kk = results.filter({ hasText: KK_TITLE });
    expect(await kk.locator('mark').first().textContent()).toBe('кауіпсіздігі');
    expect(await main(page).locator('.library-expansions').textContent()).toContain('security');
    await noHorizontalScroll(page);

    // The query lives in the address, so a reload searches again.
    expect(new URL(page.url()).searchParams.get('q')).toBe('қауіпсіздік');
    await page.reload();
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(2);

    await main(page).locator('button[data-facet="language"][data-value="ru"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('language')).toBe('ru');
    await expect.poll(() => results.count()).toBe(1);
    expect(await results.locator('h3').textContent()).toBe(RU_TITLE);
    await main(page).getByRole('button', { name: 'Сүзгіні алып тастау: Тілі: орысша' }).click();
    await expect.poll(() => results.count()).toBe(2);

    await kk.getByRole('link', { name: KK_TITLE }).click();
    await page.waitForURL(new RegExp(`/library/${ids.kk}$`));
    await expect.poll(() => main(page).locator('h1').textContent()).toBe(KK_TITLE);
    await page.context().close();
  });

  it('marks the normalisation changes in the reader on demand', async () => {
    const page = await open(`/library/${ids.kk}`);
    const text = main(page).locator('.document-text');
    await text.waitFor();
    expect(await text.locator('mark.change').count()).toBe(0);
    // Names link to the registry; the date is marked.
    expect(await text.locator('a.found-entity[href="/states/CHN"]').textContent()).toBe('Қытай');
    expect(await text.locator('time.found-date').first().getAttribute('datetime')).toBe(
      '2024-09-12',
    );

    await page.getByLabel('Нормализация түзетулерін көрсету').check();
    await expect.poll(() => text.locator('mark.change').count()).toBeGreaterThan(0);
    const lookalike = text.locator(
      'mark.change[data-reason~="lookalike"], mark.change[data-reason^="lookalike"]',
    );
    expect(await lookalike.count()).toBeGreaterThan(0);
    expect(await lookalike.first().locator('ins').textContent()).not.toBe(
      await lookalike.first().locator('del').textContent(),
    );
    const list = main(page).locator('.library-changes li');
    expect(await list.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('ұқсас латын әрпі')]),
    );
    expect(await list.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/ШЫҰ.*→|→.*-/)]),
    );
    await page.getByLabel('Нормализация түзетулерін көрсету').uncheck();
    expect(await text.locator('mark.change').count()).toBe(0);
    await page.context().close();
  });

  it('lets the Secretariat confirm the suggested event, and the timeline links back to its sentence', async () => {
    const page = await signedIn(officer, 360);
    await page.goto(`${app.url}/library/${ids.kk}`);
    const card = main(page).locator('.suggestion[data-kind="event"]', { hasText: EVENT_SENTENCE });
    await card.first().waitFor({ timeout: 10_000 });
    expect(await card.count()).toBe(1);
    expect(await card.locator('h3').textContent()).toContain('Оқиға ұсынысы');
    expect(await card.getByLabel('Күні').inputValue()).toBe('2024-09-12');
    sentencePath =
      (await card.getByRole('link', { name: 'Сөйлемді мәтіннен ашу' }).getAttribute('href')) ?? '';
    expect(sentencePath).toMatch(new RegExp(`^/library/${ids.kk}#s-\\d+$`));
    await card.getByLabel('Оқиға түрі').selectOption('ministerial');
    await card.getByLabel('Атауы ағылшынша').fill('CICA foreign ministers meet in Astana');
    await noHorizontalScroll(page);
    await card.getByRole('button', { name: 'Растау' }).click();
    await expect
      .poll(() => card.locator('[role="status"]').textContent(), { timeout: 10_000 })
      .toContain('Расталды: оқиға хронологияға қосылды.');
    expect(await card.getAttribute('data-status')).toBe('confirmed');

    await card.getByRole('link', { name: 'Хронологиядан көру' }).click();
    await page.waitForURL(/\/timeline\?/);
    const event = main(page).locator('.event', { hasText: EVENT_SENTENCE.slice(0, 30) });
    await event.first().waitFor({ timeout: 10_000 });
    expect(await event.textContent()).toContain('Министрлер кездесуі');
    const back = event.getByRole('link', { name: 'Дереккөз сөйлемі' });
    expect(await back.getAttribute('href')).toBe(sentencePath);

    await back.click();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === sentencePath);
    const target = main(page).locator('.sentence--target');
    await expect.poll(() => target.count(), { timeout: 10_000 }).toBe(1);
    expect(await target.textContent()).toContain(EVENT_SENTENCE);
    expect(await target.getAttribute('id')).toBe(sentencePath.split('#')[1]);
    expect(await target.isVisible()).toBe(true);
    await expect
      .poll(() =>
        target.evaluate((e) => {
          const box = e.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await page.context().close();

    // The sentence's address works on its own, as a fresh page load.
    const fresh = await open(sentencePath);
    await expect
      .poll(() => fresh.locator('.sentence--target').textContent(), { timeout: 10_000 })
      .toContain(EVENT_SENTENCE);
    await fresh.context().close();
  });

  it('keeps a members-only document out of the public search, and out of the newest documents', async () => {
    const session = await apiSignIn(app, officer.email);
    const filed = await upload(app, session, ENGLISH_TEXT, {
      name: 'nuclear.md',
      visibility: 'members',
      type: 'statement',
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(200);
    ids.members = filed.body.id;

    const anonymous = await open('/library?q=nuclear');
    await expect
      .poll(() => main(anonymous).locator('[role="status"]').first().textContent(), {
        timeout: 10_000,
      })
      .toBe('Табылды: 0');
    expect(await main(anonymous).locator('.library-empty').textContent()).toContain(
      'Ештеңе табылмады.',
    );
    await anonymous.goto(`${app.url}/library`);
    const newest = main(anonymous).locator('.library-result');
    await expect.poll(() => newest.count(), { timeout: 10_000 }).toBe(2);
    expect(await newest.locator('h3').allTextContents()).not.toContain('nuclear');
    // Nothing English leaks into the Kazakh page (the language switch names itself).
    const text = (await anonymous.evaluate(
      '[...document.querySelectorAll("header, main, footer")].map((e) => e.innerText).join("\\n")',
    )) as string;
    expect(text.replace(/Qazaqşa|English/g, '').match(/[A-Za-z]+/g) ?? []).toEqual([]);
    await anonymous.context().close();

    const member = await signedIn(officer);
    await member.goto(`${app.url}/library?q=nuclear`);
    const results = main(member).locator('.library-result');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(1);
    expect(await results.locator('a').getAttribute('href')).toBe(`/library/${ids.members}`);
    await member.context().close();
  });

  it('lets the Secretariat work through the queue of suggestions and keep the glossary', async () => {
    const page = await signedIn(officer, 360);
    await page.goto(`${app.url}/library`);
    await main(page).getByRole('link', { name: 'Ұсыныстар кезегі' }).click();
    await page.waitForURL(/\/library\/suggestions$/);
    const cards = main(page).locator('.suggestion[data-status="pending"]');
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // The event confirmed in the reader is no longer pending.
    expect(
      await main(page)
        .locator('.suggestion[data-kind="event"]', { hasText: EVENT_SENTENCE })
        .count(),
    ).toBe(0);
    const first = cards.first();
    const id = await first.getAttribute('data-suggestion');
    await first.getByRole('button', { name: 'Қабылдамау' }).click();
    const rejected = main(page).locator(`.suggestion[data-suggestion="${id}"]`);
    await expect.poll(() => rejected.getAttribute('data-status')).toBe('rejected');
    expect(await rejected.locator('[role="status"]').textContent()).toBe('Қабылданбады.');
    await noHorizontalScroll(page);

    await page.goto(`${app.url}/library/glossary`);
    await page.getByLabel('Белгісі').fill('test-site');
    await page.getByLabel('Қазақша').fill('жарылғыш сынақ алаңы');
    await page.getByLabel('Орысша').fill('испытательный полигон');
    await page.getByLabel('Ағылшынша').fill('test site');
    await main(page).getByRole('button', { name: 'Сақтау' }).click();
    await expect
      .poll(() => main(page).locator('form [role="status"]').textContent(), { timeout: 10_000 })
      .toBe('Сақталды: test-site.');
    expect(await main(page).locator('tr[data-term="test-site"]').textContent()).toContain(
      'испытательный полигон',
    );
    await noHorizontalScroll(page);
    await page.context().close();

    // The public reads the glossary, without the form.
    const anonymous = await open('/library/glossary');
    await anonymous.locator('tr[data-term="test-site"]').waitFor({ timeout: 10_000 });
    expect(await anonymous.getByLabel('Белгісі').count()).toBe(0);
    await anonymous.context().close();

    // The upload page is gated: the public is asked to sign in, a focal point is told it is not
    // for their role; neither gets the form.
    const visitor = await open('/library/new');
    await main(visitor).getByText('Бұл бетті көру үшін жүйеге кіріңіз.').waitFor();
    expect(await visitor.locator('#upload-file').count()).toBe(0);
    await visitor.context().close();
    const focal = await signedIn(await buildAccount(app, 'focal-point'));
    await focal.goto(`${app.url}/library/suggestions`);
    await main(focal).getByText('Бұл бет сіздің рөліңізге қолжетімсіз.').waitFor();
    expect(await main(focal).locator('.suggestion').count()).toBe(0);
    await focal.context().close();
  });

  it('files a PDF that Chromium printed and finds it by a Kazakh word', async () => {
    const printer = await open('/library');
    await printer.setContent(
      `<!doctype html><html lang="kk"><head><meta charset="utf-8"></head><body>
        <h1>${PDF_TITLE}</h1>
        <p>Өңірдегі бейбітшілік пен тұрақтылықты нығайту үшін мемлекеттер өзара сенім шараларын кеңейтуге келісті.</p>
      </body></html>`,
    );
    const pdf = await printer.pdf({ format: 'A4' });
    await printer.context().close();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const page = await signedIn(officer);
    ids.pdf = await fileThroughPage(
      page,
      { name: 'baiandama.pdf', mimeType: 'application/pdf', buffer: pdf },
      { title: PDF_TITLE, type: 'article' },
    );
    expect(await main(page).locator('.document-text').textContent()).toContain('тұрақтылықты');

    await page.goto(`${app.url}/library?q=${encodeURIComponent('тұрақтылық')}`);
    const results = main(page).locator('.library-result');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(1);
    expect(await results.locator('h3').textContent()).toBe(PDF_TITLE);
    expect(await results.locator('mark').first().textContent()).toBe('тұрақтылықты');
    await page.context().close();
  });
});
