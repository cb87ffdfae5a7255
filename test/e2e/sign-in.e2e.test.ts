import { makeResidentId } from '@talent/domain/fakes';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from '../support/browser.js';
import { fillSmsCode } from '../support/sms.js';

const baseUrl = inject('baseUrl');
const password = 'qingyang2026';
let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function signIn(s: Session, path: string, login: string) {
  await s.page.goto(`${baseUrl}${path}`);
  await s.page.getByTestId('login').fill(login);
  await s.page.getByTestId('password').fill(password);
  await s.step('sign-in');
  await s.page.getByTestId('sign-in-submit').click();
}

describe('each portal: sign in and land on a home page that says who you are', () => {
  it('applicant portal, on a phone', async () => {
    session = await openBrowser('applicant-sign-in', { mobile: true });
    await signIn(session, '/', '13800138000');
    await expect.poll(() => session!.page.getByTestId('current-user-name').textContent()).toContain('李明');
    // resident ID and mobile are masked on screen
    expect(await session.page.getByTestId('current-user-login').textContent()).toMatch(/138\*+8000/);
    expect(await session.page.getByTestId('current-user-resident-id').textContent()).toMatch(
      /^\d{4}\*+\d{3}[\dX]$/,
    );
    expect(await session.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await session.step('home');
  });

  it('employer portal', async () => {
    session = await openBrowser('employer-sign-in');
    await signIn(session, '/employer/', '13900139000');
    await expect
      .poll(() => session!.page.getByTestId('org-name').textContent())
      .toContain('庆阳市示范科技有限公司');
    expect(await session.page.getByTestId('current-user-name').isVisible()).toBe(true);
    await session.step('home');
  });

  it('bureau console', async () => {
    session = await openBrowser('bureau-sign-in');
    await signIn(session, '/bureau/', 'admin');
    await expect.poll(() => session!.page.getByTestId('current-user-roles').textContent()).toBeTruthy();
    expect(await session.page.getByTestId('current-user-name').isVisible()).toBe(true);
    await session.step('home');
  });

  it('a wrong password is refused with a message that does not say whether the account exists', async () => {
    session = await openBrowser('wrong-password', { mobile: true });
    await session.page.goto(`${baseUrl}/`);
    await session.page.getByTestId('login').fill('13800138000');
    await session.page.getByTestId('password').fill('not-the-password1');
    await session.page.getByTestId('sign-in-submit').click();
    const error = session.page.getByTestId('form-error');
    await expect.poll(() => error.getAttribute('data-code')).toBe('invalid_credentials');
    await session.step('refused');
  });
});

describe('sign-up and staff administration', () => {
  it('a graduate signs up on a phone and is asked to complete the profile', async () => {
    session = await openBrowser('applicant-sign-up', { mobile: true });
    const mobile = `137${String(Date.now()).slice(-8)}`;
    await session.page.goto(`${baseUrl}/sign-up`);
    await session.page.getByTestId('mobile').fill(mobile);
    await fillSmsCode(session.page, baseUrl, mobile);
    await session.page.getByTestId('name').fill('王小二');
    await session.page.getByTestId('password').fill('Graduate2026');
    await session.page.getByTestId('confirm').fill('Graduate2026');
    await session.step('form');
    await session.page.getByTestId('sign-up-submit').click();
    await expect.poll(() => session!.page.getByTestId('current-user-name').textContent()).toContain('王小二');
    expect(await session.page.getByTestId('complete-profile').isVisible()).toBe(true);
    await session.step('home');
  });

  it('an applicant who forgot the password resets it with a code sent to the mobile', async () => {
    session = await openBrowser('applicant-forgot-password', { mobile: true });
    const mobile = `136${String(Date.now()).slice(-8)}`;
    await session.page.goto(`${baseUrl}/sign-up`);
    await session.page.getByTestId('mobile').fill(mobile);
    await fillSmsCode(session.page, baseUrl, mobile);
    await session.page.getByTestId('name').fill('李忘记');
    await session.page.getByTestId('password').fill('Forgotten2026');
    await session.page.getByTestId('confirm').fill('Forgotten2026');
    await session.page.getByTestId('sign-up-submit').click();
    await session.page.getByTestId('current-user-name').waitFor();
    await session.close();

    session = await openBrowser('applicant-forgot-password', { mobile: true });
    await session.page.goto(`${baseUrl}/sign-in`);
    await session.page.getByTestId('login').fill(mobile);
    await session.page.getByTestId('forgot-password').click();
    await session.page.getByTestId('mobile').fill(mobile);
    await fillSmsCode(session.page, baseUrl, mobile);
    // a minute before another code may be asked for
    expect(await session.page.getByTestId('send-code').textContent()).toMatch(/秒后重新获取/);
    await session.page.getByTestId('password').fill('Remembered2026');
    await session.page.getByTestId('confirm').fill('Remembered2026');
    await session.step('form');
    await session.page.getByTestId('password-reset-submit').click();
    await session.page.getByTestId('password-reset-done').waitFor();
    await session.step('done');

    await session.page.goto(`${baseUrl}/sign-in`);
    await session.page.getByTestId('login').fill(mobile);
    await session.page.getByTestId('password').fill('Remembered2026');
    await session.page.getByTestId('sign-in-submit').click();
    await expect.poll(() => session!.page.getByTestId('current-user-name').textContent()).toContain('李忘记');
  });

  it('the bureau admin creates a reviewer account, who can then sign in', async () => {
    session = await openBrowser('bureau-staff-admin');
    await signIn(session, '/bureau/', 'admin');
    await session.page.getByTestId('nav-staff').click();
    await session.page.getByTestId('create-staff').click();
    const username = `rev${Date.now().toString(36)}`;
    await session.page.getByTestId('username').fill(username);
    await session.page.getByTestId('name').fill('赵审核');
    // the person behind the account (decision 0008): unique among active staff
    await session.page
      .getByTestId('residentId')
      .fill(makeResidentId({ birthDate: '1991-03-05', seq: Date.now() % 1000 }));
    await session.page.getByTestId('roles-reviewer').check();
    await session.page.getByTestId('password').fill('Reviewer2026');
    await session.step('create-dialog');
    await session.page.getByTestId('create-staff-submit').click();
    await session.page.getByTestId('staff-done').waitFor();
    await session.page.getByTestId('staff-table-search').fill(username);
    await session.page.getByTestId('staff-table-search-submit').click();
    await expect.poll(() => session!.page.getByTestId('staff-table-total').textContent()).toMatch(/\b1\b/);
    await session.step('created');
    await session.close();

    session = await openBrowser('bureau-new-reviewer');
    await session.page.goto(`${baseUrl}/bureau/`);
    await session.page.getByTestId('login').fill(username);
    await session.page.getByTestId('password').fill('Reviewer2026');
    await session.page.getByTestId('sign-in-submit').click();
    await expect.poll(() => session!.page.getByTestId('current-user-name').textContent()).toContain('赵审核');
    await session.step('home');
  });

  it('a locked-out reviewer gets a temporary password from the admin, which lifts the lock', async () => {
    session = await openBrowser('bureau-staff-recovery');
    await signIn(session, '/bureau/', 'admin');
    await session.page.getByTestId('nav-staff').click();
    await session.page.getByTestId('create-staff').click();
    const username = `lock${Date.now().toString(36)}`;
    await session.page.getByTestId('username').fill(username);
    await session.page.getByTestId('name').fill('钱锁定');
    await session.page
      .getByTestId('residentId')
      .fill(makeResidentId({ birthDate: '1988-07-12', seq: Date.now() % 1000 }));
    await session.page.getByTestId('roles-reviewer').check();
    await session.page.getByTestId('password').fill('Reviewer2026');
    await session.page.getByTestId('create-staff-submit').click();
    await session.page.getByTestId('staff-done').waitFor();
    const admin = session;

    // five wrong passwords: the sixth attempt waits, and the button says for how many minutes
    const reviewer = await openBrowser('bureau-locked-reviewer');
    await reviewer.page.goto(`${baseUrl}/bureau/`);
    await reviewer.page.getByTestId('login').fill(username);
    for (let i = 0; i < 6; i++) {
      await reviewer.page.getByTestId('password').fill(`Wrong-guess-${i}`);
      await reviewer.page.getByTestId('sign-in-submit').click();
      await reviewer.page.getByTestId('form-error').waitFor();
    }
    await expect
      .poll(() => reviewer.page.getByTestId('sign-in-submit').textContent())
      .toMatch(/请 \d+ 分钟后再试/);
    await reviewer.step('locked');

    await admin.page.getByTestId('staff-table-search').fill(username);
    await admin.page.getByTestId('staff-table-search-submit').click();
    await admin.page.getByTestId(`reset-password-${username}`).click();
    await admin.step('reset-confirm');
    await admin.page.getByTestId('confirm-ok').click();
    const done = admin.page.getByTestId('staff-done');
    await expect.poll(() => done.textContent()).toMatch(/临时密码/);
    const temporary = (await done.textContent())?.trim().split(/\s+/).pop() ?? '';
    expect(temporary).toMatch(/^[a-zA-Z\d]{12}$/);
    await admin.step('temporary-password');

    await reviewer.page.reload();
    await reviewer.page.getByTestId('login').fill(username);
    await reviewer.page.getByTestId('password').fill(temporary);
    await reviewer.page.getByTestId('sign-in-submit').click();
    await reviewer.page.getByTestId('must-change-password').waitFor();
    await reviewer.page.getByTestId('currentPassword').fill(temporary);
    await reviewer.page.getByTestId('newPassword').fill('Chosen-2026x');
    await reviewer.page.getByTestId('confirm').fill('Chosen-2026x');
    await reviewer.step('must-change');
    await reviewer.page.getByTestId('change-password-submit').click();
    await expect.poll(() => reviewer.page.getByTestId('current-user-name').textContent()).toContain('钱锁定');
    await reviewer.step('home');
    await reviewer.close();
  });
});
