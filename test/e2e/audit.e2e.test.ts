import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from '../support/browser.js';

const baseUrl = inject('baseUrl');
let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the audit log (审计日志)', () => {
  it('the auditor sees the trail with its chain verified, and finds a person’s rows', async () => {
    session = await openBrowser('bureau-audit-log');
    await session.page.goto(`${baseUrl}/bureau/`);
    await session.page.getByTestId('login').fill('auditor');
    await session.page.getByTestId('password').fill('qingyang2026');
    await session.page.getByTestId('sign-in-submit').click();
    await session.page.getByTestId('nav-audit').click();
    await session.page.getByTestId('audit-chain-ok').waitFor();
    await session.page.getByTestId('audit-table-search').fill('auditor');
    await session.page.getByTestId('audit-table-search-submit').click();
    // the auditor's own sign-in is on the trail
    await expect.poll(() => session!.page.getByTestId('audit-table').textContent()).toContain('auth.sign_in');
    await session.step('audit-log');
  });
});
