import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// The CICA page in a real Chromium against a whole Senim (fresh database, data/ packs, built web app).

const NAMES = {
  kk: 'Азиядағы өзара ықпалдастық және сенім шаралары жөніндегі кеңес',
  ru: 'Совещание по взаимодействию и мерам доверия в Азии',
  en: 'Conference on Interaction and Confidence-Building Measures in Asia',
};
const KAZAKHSTAN = { kk: 'Қазақстан', ru: 'Казахстан', en: 'Kazakhstan' };

describe.skipIf(!browserAvailable())('the CICA page in Chromium', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
  });

  afterAll(() => stopBrowserApp({ app, browser }));

  const open = (pathname: string, width?: number) => openPage({ app, browser }, pathname, width);

  const memberRows = (page: Page) => page.locator('#member-states tbody tr');
  const observerRows = (page: Page) => page.locator('#observer-states tbody tr');

  it('shows the organisation in Kazakh by default, with 28 members and 10 observer states', async () => {
    const page = await open('/organizations/CICA');
    await expect.poll(() => page.locator('h1').textContent()).toContain(NAMES.kk);
    expect(await page.locator('html').getAttribute('lang')).toBe('kk');
    expect(await page.getByRole('button', { name: 'Қазақша' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await expect.poll(() => memberRows(page).count()).toBe(28);
    expect(await observerRows(page).count()).toBe(10);
    expect(await page.locator('#member-states caption').textContent()).toContain('28');
    expect(
      await memberRows(page).filter({ hasText: KAZAKHSTAN.kk }).locator('td').first().textContent(),
    ).toBe('1999');
    await expect
      .poll(() => page.locator('#observer-organizations tbody tr').count())
      .toBeGreaterThan(0);
    await page.context().close();
  });

  it('draws the members and observers on the world map', async () => {
    const page = await open('/organizations/CICA');
    const map = page.getByRole('img', { name: /АӨСШК/ });
    await expect
      .poll(() => map.locator('path[data-status="member"]').count(), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(25);
    expect(await map.locator('path[data-status="observer"]').count()).toBeGreaterThanOrEqual(8);
    expect(await map.locator('path[data-status="other"]').count()).toBeGreaterThan(100);
    const kazakhstan = map.locator('path[data-iso="398"]');
    expect(await kazakhstan.getAttribute('data-status')).toBe('member');
    expect(await kazakhstan.locator('title').textContent()).toContain(KAZAKHSTAN.kk);
    expect(await map.locator('path[data-iso="840"]').getAttribute('data-status')).toBe('observer');
    expect(await page.locator('.map-legend').textContent()).toContain('(28)');
    await page.context().close();
  });

  it('switches to Russian and English without reloading, and remembers the choice', async () => {
    const page = await open('/organizations/CICA');
    await expect.poll(() => memberRows(page).count()).toBe(28);
    await page.evaluate('window.__sameDocument = true');

    await page.getByRole('button', { name: 'Русский' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(NAMES.ru);
    expect(await memberRows(page).filter({ hasText: KAZAKHSTAN.ru }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.getByRole('button', { name: 'Русский' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain(NAMES.en);
    expect(await memberRows(page).filter({ hasText: KAZAKHSTAN.en }).count()).toBe(1);
    expect(await page.locator('path[data-iso="398"] title').textContent()).toContain(KAZAKHSTAN.en);
    expect(await page.getByRole('heading', { name: 'Chairmanship history' }).count()).toBe(1);
    expect(await page.evaluate('window.__sameDocument')).toBe(true);

    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toContain(NAMES.en);
    await page.context().close();
  });

  it('shows no Latin letters in the Kazakh page, so no English string leaked in', async () => {
    const page = await open('/organizations/CICA');
    await expect.poll(() => memberRows(page).count()).toBe(28);
    await page.locator('path[data-status="member"]').first().waitFor();
    const text = (await page.evaluate(
      '[...document.querySelectorAll("main, nav, footer")].map((e) => e.innerText).join("\\n")',
    )) as string;
    expect(text.match(/[A-Za-z]+/g) ?? []).toEqual([]);
    await page.context().close();
  });

  it('answers "who were the members on 2006-06-17" from the as-of date', async () => {
    const page = await open('/organizations/CICA');
    await expect.poll(() => memberRows(page).count()).toBe(28);
    await page.getByLabel('Күні').fill('2006-06-17');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await expect.poll(() => memberRows(page).count()).toBe(18);
    expect(page.url()).toContain('at=2006-06-17');
    expect(await memberRows(page).filter({ hasText: 'Корея Республикасы' }).count()).toBe(1);
    expect(await memberRows(page).filter({ hasText: 'Иордания' }).count()).toBe(0);
    await page.context().close();
  });

  it('starts keyboard navigation with a skip link to the main content', async () => {
    const page = await open('/organizations/CICA');
    await expect.poll(() => memberRows(page).count()).toBe(28);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Негізгі мазмұнға өту');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
    await page.context().close();
  });

  it('fits a 360 px wide screen without horizontal scrolling', async () => {
    const page = await open('/organizations/CICA', 360);
    await expect.poll(() => memberRows(page).count()).toBe(28);
    await page.locator('path[data-status="member"]').first().waitFor();
    const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('lists the timeline from 1992 to 2024 and filters it through the URL', async () => {
    const page = await open('/timeline');
    const dates = page.locator('main time[datetime]');
    await expect.poll(() => dates.count()).toBeGreaterThan(30);
    const values = await dates.evaluateAll((elements) =>
      elements.map((e) => e.getAttribute('datetime') ?? ''),
    );
    expect(values).toContain('1992-10-05');
    expect(values.some((d) => d.startsWith('2024'))).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: '1992' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: '2024' }).count()).toBe(1);

    await page.getByLabel('Оқиға түрі').selectOption('summit');
    await page.getByLabel('Басы').fill('2002');
    await page.getByRole('button', { name: 'Көрсету' }).click();
    await expect.poll(() => page.url()).toContain('type=summit');
    expect(page.url()).toContain('from=2002');
    const shownTypes = async () => [
      ...new Set(await page.locator('.event__type').allTextContents()),
    ];
    await expect.poll(shownTypes).toEqual(['Саммит']);
    expect(await page.locator('main time[datetime^="1999"]').count()).toBe(0);
    await page.context().close();
  });
});
