// Issue 6's disbursement in Chromium with a screenshot per step, on the demo city: the batch the seed
// left awaiting approval is approved by finance2 (never by its preparer); the roster is downloaded
// (which changes nothing) and the batch marked as sent to the bank behind a confirmation;
// a bank result file with a wrong amount and a duplicate line is refused whole with the line-by-line
// report and nothing recorded; the corrected file (one line failed: name and account do not match)
// is applied and the batch reconciled; the failed payment's new account is entered by the reviewer,
// who may not verify it, verified by finance, and the payment reissued; the next batch picks it up,
// and the second finance officer sends that batch back.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { todayInChina } from '@talent/domain';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session } from '../support/browser.js';

const baseUrl = inject('baseUrl');
const password = 'qingyang2026';
const sessions: Session[] = [];

afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function signedIn(journey: string, login: string) {
  const s = await openBrowser(journey);
  sessions.push(s);
  await s.page.goto(`${baseUrl}/bureau/`);
  await s.page.getByTestId('login').fill(login);
  await s.page.getByTestId('password').fill(password);
  await s.page.getByTestId('sign-in-submit').click();
  await s.page.getByTestId('current-user-name').or(s.page.getByTestId('who-am-i')).first().waitFor();
  return s;
}

describe('disbursement in the bureau console', () => {
  it('approves with four eyes, refuses a bad result file line by line, pays, reconciles and reissues a failed payment', async () => {
    // finance prepared the seed's waiting batch: the approve button is disabled for them, with the reason
    const finance = await signedIn('disbursement-1-finance', 'finance');
    await finance.page.goto(`${baseUrl}/bureau/disbursements?state=prepared`);
    const first = finance.page.locator('[data-testid^="batch-FB"]').first();
    await first.waitFor();
    await finance.step('batches-awaiting-approval');
    await first.click();
    await finance.page.getByTestId('batch-state').waitFor();
    const batchUrl = finance.page.url();
    expect(await finance.page.getByTestId('approve-batch').isDisabled()).toBe(true);
    await finance.page.getByTestId('four-eyes-hint').waitFor();
    await finance.step('preparer-may-not-approve');

    const second = await signedIn('disbursement-2-finance2', 'finance2');
    await second.page.goto(batchUrl);
    await second.page.getByTestId('approve-batch').click();
    await second.page.getByTestId('approve-dialog').waitFor();
    await second.step('approve-confirm');
    await second.page.getByTestId('confirm-ok').click();
    await expect.poll(() => second.page.getByTestId('batch-state').textContent()).toMatch(/已审批/);

    // the roster goes to the bank
    await finance.page.reload();
    const [download] = await Promise.all([
      finance.page.waitForEvent('download'),
      finance.page.getByTestId('roster-csv').click(),
    ]);
    const roster = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = roster.split(/\r?\n/).filter((l) => l.trim() !== '');
    expect(header).toContain('社保卡账号');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    // downloading is a read: the batch waits for finance to say the roster went to the bank
    await finance.page.reload();
    expect(await finance.page.getByTestId('batch-state').textContent()).toMatch(/待报送银行/);
    await finance.page.getByTestId('send-batch').click();
    await finance.page.getByTestId('send-dialog').waitFor();
    await finance.step('send-confirm');
    await finance.page.getByTestId('confirm-ok').click();
    await expect.poll(() => finance.page.getByTestId('batch-state').textContent()).toMatch(/已报送银行/);
    await finance.step('roster-sent');

    // a result file with a wrong amount and a duplicate line: refused whole, line by line
    const dir = mkdtempSync(path.join(os.tmpdir(), 'talent-bank-'));
    const withResults = (cells: string[], result: string, reason = '') =>
      [...cells, result, reason, result === '成功' ? 'GSB0001' : ''].join(',');
    const cells = rows.map((r) => r.split(','));
    const bad = path.join(dir, 'bank-results-bad.csv');
    writeFileSync(
      bad,
      [
        `${header},发放结果,失败原因,银行流水号`,
        ...cells.map((c, i) => withResults(i === 0 ? c.map((v, j) => (j === 5 ? '1.00' : v)) : c, '成功')),
        withResults(cells[1] ?? [], '成功'),
      ].join('\r\n'),
    );
    await finance.page.getByTestId('results-file').setInputFiles(bad);
    await finance.page.getByTestId('results-report').waitFor();
    const report = (await finance.page.getByTestId('results-report').textContent()) ?? '';
    expect(report).toContain('金额与花名册不一致');
    expect(report).toContain('同一明细在文件中出现多次');
    expect(await finance.page.getByTestId('batch-done').textContent()).toMatch(/未做任何登记/);
    expect(await finance.page.getByTestId('batch-paid').textContent()).toMatch(/^0 /);
    await finance.step('bad-file-refused');

    // the corrected file: the last line failed
    const good = path.join(dir, 'bank-results.csv');
    writeFileSync(
      good,
      [
        `${header},发放结果,失败原因,银行流水号`,
        ...cells.map((c, i) =>
          i === cells.length - 1 ? withResults(c, '失败', '户名与账号不符') : withResults(c, '成功'),
        ),
      ].join('\r\n'),
    );
    await finance.page.getByTestId('results-file').setInputFiles(good);
    await expect.poll(() => finance.page.getByTestId('batch-done').textContent()).toMatch(/回执已登记/);
    await expect.poll(() => finance.page.getByTestId('batch-failed').textContent()).toBe('1');
    await finance.step('results-applied');
    await finance.page.getByTestId('reconcile-batch').click();
    await finance.page.getByTestId('confirm-ok').click();
    await expect.poll(() => finance.page.getByTestId('batch-state').textContent()).toMatch(/已对账/);
    await finance.step('reconciled');

    // the reviewer enters the new account from the applicant's card; a second person verifies it
    const reviewer = await signedIn('disbursement-3-reviewer', 'reviewer');
    await reviewer.page.goto(`${baseUrl}/bureau/failed-payments`);
    const change = reviewer.page.locator('[data-testid^="change-account-"]').first();
    await change.waitFor();
    await reviewer.step('failed-payments');
    await change.click();
    await reviewer.page.getByTestId('bank-account').fill('6217 0000 1111 2222 333');
    await reviewer.page.getByTestId('evidence').fill('申请人提交的社会保障卡正反面复印件');
    await reviewer.step('enter-account');
    await reviewer.page.getByTestId('confirm-change').click();
    await reviewer.page.getByTestId('change-done').waitFor();
    const own = reviewer.page.locator('[data-testid^="verify-change-"]').first();
    expect(await own.isDisabled()).toBe(true);
    await reviewer.step('own-change-not-verifiable');

    await finance.page.goto(`${baseUrl}/bureau/failed-payments`);
    const verify = finance.page.locator('[data-testid^="verify-change-"]').first();
    await verify.waitFor();
    await finance.step('verify-account');
    await verify.click();
    await finance.page.getByTestId('change-verified').waitFor();

    await reviewer.page.reload();
    const reissue = reviewer.page.locator('[data-testid^="reissue-"]').first();
    await reissue.waitFor();
    await reissue.click();
    await reviewer.page.getByTestId('confirm-reissue').click();
    await reviewer.page.getByTestId('reissue-done').waitFor();
    await reviewer.step('reissued');

    // the next batch takes it; the second finance officer sends that batch back
    await finance.page.goto(`${baseUrl}/bureau/disbursements`);
    await finance.page.getByTestId('new-batch').click();
    await finance.page.getByTestId('due-as-of').fill(todayInChina());
    await expect.poll(() => finance.page.getByTestId('batch-preview').textContent()).toMatch(/\d+ 笔/);
    await finance.step('next-batch-preview');
    await finance.page.getByTestId('confirm-new-batch').click();
    await finance.page.getByTestId('batch-state').waitFor();
    const nextUrl = finance.page.url();
    await second.page.goto(nextUrl);
    await second.page.getByTestId('send-back-batch').click();
    await second.page.getByRole('textbox').fill('请核对更正后的收款账户再报批');
    await second.step('send-back');
    await second.page.getByTestId('send_back-dialog').getByRole('button', { name: '退回' }).click();
    await expect.poll(() => second.page.getByTestId('batch-state').textContent()).toMatch(/已取消/);
    await second.step('sent-back');
  });
});
