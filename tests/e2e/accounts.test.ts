import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountView } from '../../src/accounts/account.schema.js';
import { totp } from '../../src/platform/auth/totp.js';
import { buildAccount, TEST_PASSWORD } from '../support/accounts.js';
import { browserAvailable, openPage, startBrowserApp, stopBrowserApp } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';

// Accounts in a real Chromium against a whole Senim: sign-in, invitation, the second factor, sign-out.
// The steps build on each other (the administrator's invitation is accepted by the next test).

const INVITEE = {
  email: 'aigul.seitova@example.org',
  name: 'Айгүл Сейітова',
  password: 'дала кеңінде жел соғады',
};

describe.skipIf(!browserAvailable())('accounts in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let admin: AccountView;
  let invitationLink = '';

  beforeAll(async () => {
    ({ app, browser } = await startBrowserApp());
    admin = await buildAccount(app, 'admin');
  });

  afterAll(() => stopBrowserApp({ app, browser }));

  const open = (pathname: string, width?: number) => openPage({ app, browser }, pathname, width);

  const header = (page: Page) => page.locator('.site-header');
  const focusedId = (page: Page) => page.evaluate('document.activeElement?.id ?? ""');

  async function signIn(page: Page, email: string, password: string) {
    await page.getByLabel('Электрондық пошта').fill(email);
    await page.getByLabel('Құпиясөз', { exact: true }).fill(password);
    await page.locator('main').getByRole('button', { name: 'Кіру' }).click();
  }

  it('shows the public a sign-in link and no way to the accounts page', async () => {
    const page = await open('/');
    await header(page).getByRole('link', { name: 'Кіру' }).waitFor();
    expect(await page.locator('a[href="/admin/accounts"]').count()).toBe(0);
    expect(await header(page).locator('summary').count()).toBe(0);

    await page.goto(`${app.url}/admin/accounts`);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Бұл бетті көру үшін жүйеге кіріңіз.');
    expect(await page.locator('#accounts').count()).toBe(0);
    await page.context().close();
  });

  it('answers a wrong password in Kazakh, on the password field, and moves focus there', async () => {
    const page = await open('/sign-in');
    await signIn(page, admin.email, 'not the right password');
    const error = page.locator('#sign-in-password-error');
    await expect.poll(() => error.textContent()).toBe('Электрондық пошта немесе құпиясөз қате.');
    const password = page.locator('#sign-in-password');
    expect(await password.getAttribute('aria-describedby')).toContain('sign-in-password-error');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await focusedId(page)).toBe('sign-in-password');
    expect(page.url()).toMatch(/\/sign-in$/);
    // Nothing English leaks into the Kazakh page (what was typed into the inputs is not text).
    const text = (await page.evaluate(
      '[...document.querySelectorAll("header, main, footer")].map((e) => e.innerText).join("\\n")',
    )) as string;
    expect(text.replace(/Qazaqşa|English/g, '').match(/[A-Za-z]+/g) ?? []).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator sign in and invite a focal point for Kazakhstan by a link', async () => {
    const page = await open('/sign-in');
    await signIn(page, admin.email, TEST_PASSWORD);
    await page.waitForURL(/\/account$/);
    const summary = header(page).locator('summary');
    await expect.poll(() => summary.textContent()).toContain(admin.name);
    expect(await summary.textContent()).toContain('Хатшылық әкімшісі');

    await summary.click();
    await header(page).getByRole('link', { name: 'Тіркелгілер' }).click();
    await page.waitForURL(/\/admin\/accounts$/);
    await expect.poll(() => page.locator('#accounts tbody tr').count()).toBe(1);

    await page.getByLabel('Электрондық пошта').fill(INVITEE.email);
    expect(await page.getByLabel('Рөлі').inputValue()).toBe('focal-point');
    // The state list comes from the API; wait for Kazakhstan to be among the options.
    const state = page.getByLabel('Мемлекет');
    await expect.poll(() => state.locator('option[value="KAZ"]').textContent()).toBe('Қазақстан');
    await state.selectOption('KAZ');
    await page.getByRole('button', { name: 'Шақыру сілтемесін жасау' }).click();

    const link = page.getByLabel('Шақыру сілтемесі');
    await link.waitFor();
    invitationLink = await link.inputValue();
    expect(invitationLink).toMatch(new RegExp(`^${app.url}/invitations/[\\w-]{43}$`));
    expect(await page.locator('.invitation-link h3').textContent()).toContain(INVITEE.email);
    await page.context().close();
  });

  it('lets the invitee accept in another browser, sign in and see their name and role', async () => {
    expect(invitationLink).not.toBe('');
    const page = await open(new URL(invitationLink).pathname);
    await page.getByLabel('Аты-жөні').fill(INVITEE.name);
    // Too short first: the 12-character rule is explained and focus goes to the password.
    await page.getByLabel('Құпиясөз', { exact: true }).fill('қысқа');
    await page.getByRole('button', { name: 'Тіркелгіні ашу' }).click();
    await expect
      .poll(() => page.locator('#invitation-password-error').textContent())
      .toBe('Құпиясөз кемінде 12 таңбадан тұруы керек.');
    expect(await focusedId(page)).toBe('invitation-password');

    await page.getByLabel('Құпиясөз', { exact: true }).fill(INVITEE.password);
    await page.getByLabel('Құпиясөзді қайталаңыз').fill(INVITEE.password);
    await page.getByRole('button', { name: 'Тіркелгіні ашу' }).click();
    await expect
      .poll(() => page.locator('main [role="status"]').textContent())
      .toContain(INVITEE.email);

    await page.locator('main').getByRole('link', { name: 'Кіру' }).click();
    await page.waitForURL(/\/sign-in$/);
    expect(await page.getByLabel('Электрондық пошта').inputValue()).toBe(INVITEE.email);
    await page.getByLabel('Құпиясөз', { exact: true }).fill(INVITEE.password);
    await page.locator('main').getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL(/\/account$/);

    const summary = header(page).locator('summary');
    await expect.poll(() => summary.textContent()).toContain(INVITEE.name);
    expect(await summary.textContent()).toContain('Мемлекеттің байланыс тұлғасы');
    await expect.poll(() => page.locator('main .facts').textContent()).toContain('Қазақстан');
    // A focal point may not list accounts, so the menu has no such link.
    await summary.click();
    await header(page).getByRole('link', { name: 'Менің тіркелгім' }).waitFor();
    expect(await page.locator('a[href="/admin/accounts"]').count()).toBe(0);
    await page.context().close();
  });

  it('refuses the same invitation link a second time', async () => {
    const page = await open(new URL(invitationLink).pathname);
    await page.getByLabel('Аты-жөні').fill('Басқа біреу');
    await page.getByLabel('Құпиясөз', { exact: true }).fill(INVITEE.password);
    await page.getByLabel('Құпиясөзді қайталаңыз').fill(INVITEE.password);
    await page.getByRole('button', { name: 'Тіркелгіні ашу' }).click();
    await expect
      .poll(() => page.locator('main [role="alert"]').textContent())
      .toContain('Бұл шақыру белгісіз, қолданылған немесе мерзімі өткен.');
    await page.context().close();
  });

  it('turns on the second factor, then asks for the code at sign-in', async () => {
    const officer = await buildAccount(app, 'officer');
    const page = await open('/sign-in');
    await signIn(page, officer.email, TEST_PASSWORD);
    await page.waitForURL(/\/account$/);
    await page.getByRole('button', { name: 'Баптауды бастау' }).click();
    const secret = ((await page.locator('#totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await page.locator('#totp-uri').textContent()).toMatch(/^otpauth:\/\/totp\//);
    // A code of the previous step, so the one used to sign in next is strictly newer.
    await page.getByLabel('Қолданбадағы код').fill(totp(secret, Date.now() - 30_000));
    await page.getByRole('button', { name: 'Растау' }).click();
    await expect
      .poll(() => page.locator('main [role="status"]').textContent())
      .toBe('Екі факторлы аутентификация қосылды.');

    await header(page).locator('summary').click();
    await header(page).getByRole('button', { name: 'Шығу', exact: true }).click();
    await page.waitForURL(/\/sign-in$/);
    await signIn(page, officer.email, TEST_PASSWORD);
    const code = page.getByLabel('Растау коды');
    await expect
      .poll(() => page.locator('#sign-in-code-error').textContent())
      .toBe('Аутентификатор қолданбасындағы 6 цифрлы кодты енгізіңіз.');
    expect(await focusedId(page)).toBe('sign-in-code');
    await code.fill(totp(secret));
    await page.locator('main').getByRole('button', { name: 'Кіру' }).click();
    await page.waitForURL(/\/account$/);
    await expect.poll(() => header(page).locator('summary').textContent()).toContain(officer.name);
    await page.context().close();
  });

  it('signs out, after which the session is gone', async () => {
    const page = await open('/sign-in');
    await signIn(page, INVITEE.email, INVITEE.password);
    await page.waitForURL(/\/account$/);
    await header(page).locator('summary').click();
    await header(page).getByRole('button', { name: 'Шығу', exact: true }).click();
    await page.waitForURL(/\/sign-in$/);
    await expect
      .poll(() => page.locator('main [role="status"]').first().textContent())
      .toBe('Сіз жүйеден шықтыңыз.');
    await header(page).getByRole('link', { name: 'Кіру' }).waitFor();
    const session: any = await page.evaluate('fetch("/api/session").then((r) => r.json())');
    expect(session.account).toBeNull();

    await page.goto(`${app.url}/account`);
    await expect
      .poll(() => page.locator('main').textContent())
      .toContain('Бұл бетті көру үшін жүйеге кіріңіз.');
    await page.context().close();
  });

  it('comes back to the page that asked for sign-in, and fits a 360 px wide screen', async () => {
    const page = await open('/admin/accounts', 360);
    await page.locator('main').getByRole('link', { name: 'Кіру' }).click();
    await page.waitForURL(/\/sign-in$/);
    await signIn(page, admin.email, TEST_PASSWORD);
    await page.waitForURL(/\/admin\/accounts$/);
    await page.locator('#accounts').waitFor();
    await header(page).locator('summary').click();
    await header(page).getByRole('link', { name: 'Тіркелгілер' }).waitFor();
    const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(scrollWidth).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});
