// Issue 6's journey, in Chromium with a screenshot per step: a graduate whose job is confirmed claims
// the degree-tiered subsidy (live award preview), a reviewer recommends (初审), a different approver
// approves (复审), the approver publishes the recipient on a public notice (公示) that anyone reads
// masked; the period ends; her first payment waits for her social-insurance months (二(四)5) until her
// employer confirms them; finance prepares a batch, a second finance user approves it, the bank
// roster is downloaded and the batch marked as sent to the bank, the bank's result file is imported,
// and the graduate sees the payment "已发放".
//
// The notice period is five working days. The platform under test runs with TALENT_TEST_ROUTES=1
// (support/globalSetup.ts), which adds one route: it moves this notice's period back so that it ended
// yesterday and runs the scheduler's close (apps/api/src/capabilities/publicNotices/testClock.ts).
// Everything else is the production code.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monthIndex, monthOfIndex } from '@talent/domain';
import { describe, expect, inject, it } from 'vitest';
import { demoBrowsers } from '../support/demo.js';

const baseUrl = inject('baseUrl');
// The seed's graduate whose job is confirmed and who has not claimed yet (apps/api/src/seed/demo.ts).
const claimant = { mobile: '13800138020', name: '孙悦', masked: '孙*' };
const { open, signIn } = demoBrowsers();

/** Today in China (UTC+8), the day the platform's instalments fall due. */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

describe('degree-tiered subsidy: claim to payment', () => {
  it('runs from the claim through 初审, 复审, the public notice and a bank batch to "paid"', async () => {
    // 1. The graduate claims on a phone: the award is previewed live, line by line with its clauses.
    const grad = await open('subsidy-1-graduate', { mobile: true });
    await signIn(grad, '/', claimant.mobile);
    await grad.page.getByTestId('start-claim').click();
    await grad.page.getByTestId('claim-form-page').waitFor();
    await grad.page.getByTestId('preview-award').waitFor();
    await expect
      .poll(() => grad.page.getByTestId('preview-award-lines').locator('tbody tr').count())
      .toBeGreaterThan(1);
    await grad.page.getByTestId('bankName').fill('中国建设银行');
    await grad.page.getByTestId('bankAccount').fill('6217002710000123456');
    await grad.step('claim-with-preview');
    await grad.page.getByTestId('claim-submit').click();
    await grad.page.getByTestId('claim-page').waitFor();
    const claimId = new URL(grad.page.url()).pathname.split('/').filter(Boolean).pop()!;
    const claimNumber = (await grad.page.getByTestId('claim-number').textContent())!.trim();
    expect(claimNumber).toMatch(/\S+/);
    await grad.step('claimed');

    // 2. 初审: the reviewer takes the claim up and recommends it.
    const reviewer = await open('subsidy-2-reviewer');
    await signIn(reviewer, '/bureau/', 'reviewer');
    await reviewer.page.goto(`${baseUrl}/bureau/subsidy-claims/${claimId}`);
    await reviewer.page.getByTestId('claim-case-page').waitFor();
    await reviewer.page.getByTestId('action-start_review').click();
    await reviewer.page.getByTestId('confirm-ok').click();
    await reviewer.page.getByTestId('action-recommend').waitFor();
    await reviewer.page.getByTestId('action-recommend').click();
    await reviewer.step('recommend');
    await reviewer.page.getByTestId('confirm-ok').click();
    await expect
      .poll(() => reviewer.page.getByTestId('claim-state').textContent())
      .toMatch(/初审|ecommended/);
    await reviewer.step('recommended');

    // 3. 复审: a different person, the approver, approves; the award is fixed under the policy in force.
    const approver = await open('subsidy-3-approver');
    await signIn(approver, '/bureau/', 'approver');
    await approver.page.goto(`${baseUrl}/bureau/subsidy-claims/${claimId}`);
    await approver.page.getByTestId('action-approve').click();
    await approver.step('approve');
    await approver.page.getByTestId('confirm-ok').click();
    await expect
      .poll(() => approver.page.getByTestId('claim-state').textContent())
      .toMatch(/复审|已批准|pproved/);
    await approver.step('approved');

    // 4. 公示: the approver draws up a notice with this claim and publishes it, confirming the last day.
    await approver.page.getByTestId('nav-notices').click();
    await approver.page.getByTestId('new-notice').click();
    await approver.page.getByTestId(`select-${claimNumber}`).check();
    await expect(approver.page.getByTestId('selected-count').textContent()).resolves.toMatch(/1/);
    await approver.step('new-notice');
    await approver.page.getByTestId('create-selected').click();
    await approver.page.getByTestId('notice-page').waitFor();
    const noticeId = new URL(approver.page.url()).pathname.split('/').filter(Boolean).pop()!;
    await approver.page.getByTestId(`entry-${claimNumber}`).waitFor();
    await approver.page.getByTestId('publish-notice').click();
    await approver.page.getByTestId('publish-dialog').waitFor();
    await approver.step('publish-confirm');
    await approver.page.getByTestId('confirm-ok').click();
    await expect.poll(() => approver.page.getByTestId('notice-state').textContent()).toMatch(/公示中/);
    await approver.page.getByTestId('notice-period').waitFor();
    await approver.step('published');

    // Anyone, signed in or not, reads the notice: the name and ID masked.
    const publicReader = await open('subsidy-4-public', { mobile: true });
    await publicReader.page.goto(`${baseUrl}/notices`);
    await publicReader.page.getByTestId('public-notices').waitFor();
    await publicReader.page.locator(`a[href="/notices/${noticeId}"]`).first().click();
    await publicReader.page.getByTestId('public-notice-entries').waitFor();
    const listed = await publicReader.page.getByTestId('public-notice-entries').textContent();
    expect(listed).toContain(claimant.masked);
    expect(listed).not.toContain(claimant.name);
    await publicReader.step('public-notice');
    await publicReader.page.getByTestId('language-switch').selectOption('en');
    await expect
      .poll(() => publicReader.page.getByTestId('public-notice-state').textContent())
      .toBe('In its period');
    await publicReader.step('public-notice-en');

    // 5. The period ends: the scheduler's close makes the award active and schedules its instalments.
    const ended = await fetch(`${baseUrl}/api/testing/public-notices/${noticeId}/end-period`, {
      method: 'POST',
      headers: { origin: baseUrl },
    });
    expect(ended.status).toBe(200);
    await approver.page.reload();
    await expect
      .poll(() => approver.page.getByTestId(`outcome-${claimNumber}`).textContent())
      .toMatch(/已生效/);
    await approver.step('notice-closed');
    await grad.page.goto(`${baseUrl}/subsidy/claims/${claimId}`);
    await grad.page.getByTestId('payment-history').waitFor();
    await grad.step('awarded-scheduled');

    // 6. Finance would prepare a batch of everything due today, but no social-insurance months are on
    // record for her yet: the first payment needs the policy's minimum (二(四)5), so it is held back.
    const finance = await open('subsidy-5-finance');
    await signIn(finance, '/bureau/', 'finance');
    await finance.page.getByTestId('nav-disbursements').click();
    await finance.page.getByTestId('new-batch').click();
    await finance.page.getByTestId('due-as-of').fill(chinaToday());
    await expect
      .poll(() => finance.page.getByTestId('batch-held').textContent())
      .toMatch(/笔因社保缴费条件暂缓/);
    await finance.step('held-for-social-insurance');
    await finance.page.getByTestId('batch-held-link').click();
    const held = finance.page.getByTestId('held-table').locator('tbody tr', { hasText: claimant.masked });
    await expect.poll(() => held.first().textContent()).toMatch(/社保缴费月数不足/);
    await finance.step('held-payments');

    // Her employer confirms the months of social insurance it paid for her, the last half year.
    const hr = await open('subsidy-5-employer');
    await signIn(hr, '/employer/', '13900139001');
    await hr.page.goto(`${baseUrl}/employer/awards`);
    const awardRow = hr.page
      .getByTestId('awards-table')
      .locator('tbody tr')
      .filter({ has: hr.page.getByRole('cell', { name: claimant.masked, exact: true }) });
    await awardRow.locator('[data-testid^="confirm-months-"]').click();
    await hr.page.getByTestId('months-dialog').waitFor();
    const thisMonth = chinaToday().slice(0, 7);
    await hr.page.getByTestId('fromMonth').fill(monthOfIndex(monthIndex(thisMonth) - 6));
    await hr.page.getByTestId('toMonth').fill(thisMonth);
    await hr.step('employer-confirms-months');
    await hr.page.getByTestId('months-dialog-submit').click();
    await expect.poll(() => hr.page.getByTestId('awards-done').textContent()).toMatch(/已确认\d+个月/);
    await hr.step('employer-months-confirmed');

    // Now the batch takes her instalments; the preparer may not approve it herself.
    await finance.page.goto(`${baseUrl}/bureau/disbursements`);
    await finance.page.getByTestId('new-batch').click();
    await finance.page.getByTestId('due-as-of').fill(chinaToday());
    await expect.poll(() => finance.page.getByTestId('batch-preview').textContent()).toMatch(/\d+ 笔/);
    await finance.step('new-batch');
    await finance.page.getByTestId('confirm-new-batch').click();
    await finance.page.getByTestId('batch-state').waitFor();
    const batchUrl = finance.page.url();
    expect(await finance.page.getByTestId('approve-batch').isDisabled()).toBe(true);
    await finance.page.getByTestId('four-eyes-hint').waitFor();
    await finance.step('prepared-four-eyes');

    // A second finance officer approves it.
    const second = await open('subsidy-6-finance2');
    await signIn(second, '/bureau/', 'finance2');
    await second.page.goto(batchUrl);
    await second.page.getByTestId('approve-batch').click();
    await second.page.getByTestId('approve-dialog').waitFor();
    await second.step('approve');
    await second.page.getByTestId('confirm-ok').click();
    await expect
      .poll(() => second.page.getByTestId('batch-state').textContent())
      .toMatch(/批准|审批|pproved/);
    await second.step('approved');

    // 7. The roster (发放花名册) is downloaded for the bank; the bank's result file marks every line paid.
    await finance.page.reload();
    const [download] = await Promise.all([
      finance.page.waitForEvent('download'),
      finance.page.getByTestId('roster-csv').click(),
    ]);
    const rosterPath = await download.path();
    const rosterText = readFileSync(rosterPath, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = rosterText.split(/\r?\n/).filter((l) => l.trim() !== '');
    expect(header).toContain('明细号');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    await finance.step('roster-downloaded');
    // downloading changes nothing: finance marks the batch as sent to the bank, behind a confirmation
    await finance.page.reload();
    await finance.page.getByTestId('send-batch').click();
    await finance.page.getByTestId('confirm-ok').click();
    await expect.poll(() => finance.page.getByTestId('batch-state').textContent()).toMatch(/已报送银行/);
    await finance.step('sent-to-bank');
    const resultFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'talent-bank-')), 'bank-results.csv');
    writeFileSync(
      resultFile,
      [
        `${header},发放结果,失败原因,银行流水号`,
        ...rows.map((row, i) => `${row},成功,,CCB2026${String(i + 1).padStart(6, '0')}`),
      ].join('\r\n'),
    );
    await finance.page.reload();
    await finance.page.getByTestId('results-file').setInputFiles(resultFile);
    await finance.page.getByTestId('batch-imports').waitFor();
    await finance.page.getByTestId('reconcile-batch').click();
    await finance.step('results-imported');
    await finance.page.getByTestId('confirm-ok').click();
    await expect
      .poll(() => finance.page.getByTestId('batch-state').textContent())
      .toMatch(/已对账|econciled/);
    await finance.step('reconciled');

    // 8. The graduate sees the instalments due today paid.
    await grad.page.reload();
    await grad.page.getByTestId('payment-history').waitFor();
    await expect
      .poll(() => grad.page.locator('[data-testid="payment-history-row"][data-state="paid"]').count())
      .toBeGreaterThanOrEqual(1);
    expect(await grad.page.getByTestId('payment-history').textContent()).toContain('已发放');
    await grad.step('paid');
  });

  it('holds an award on an objection recorded during the notice, and the approver upholding it sends the claim back', async () => {
    // The seed's last approved claim still waits for a notice (卫东, 13800138028).
    const approver = await open('subsidy-7-objection-approver');
    await signIn(approver, '/bureau/', 'approver');
    await approver.page.goto(`${baseUrl}/bureau/notices/new`);
    const row = approver.page.getByTestId('candidates-table').locator('tr', { hasText: '卫*' });
    await row.locator('input[type="checkbox"]').check();
    await approver.page.getByTestId('create-selected').click();
    await approver.page.getByTestId('notice-page').waitFor();
    await approver.page.getByTestId('publish-notice').click();
    await approver.page.getByTestId('confirm-ok').click();
    await approver.page.getByTestId('notice-period').waitFor();
    const noticeUrl = approver.page.url();

    // A reviewer records a phone call against the claimant: the award is held.
    const reviewer = await open('subsidy-8-objection-reviewer');
    await signIn(reviewer, '/bureau/', 'reviewer');
    await reviewer.page.goto(noticeUrl);
    await reviewer.page.getByTestId('record-objection').click();
    await reviewer.page.getByTestId('objection-claim').selectOption({ index: 1 });
    await reviewer.page.getByTestId('objection-source').selectOption('phone');
    await reviewer.page.getByTestId('objection-summary').fill('来电反映其劳动合同为挂靠,未实际在岗');
    await reviewer.step('record-objection');
    await reviewer.page.getByTestId('objection-submit').click();
    await reviewer.page.getByTestId('notice-done').waitFor();
    expect(await reviewer.page.getByTestId('objections-panel').textContent()).toContain('待处理');
    await reviewer.step('objection-recorded');

    // The approver upholds it with a reason: the claim goes back to review, its award cancelled.
    await approver.page.reload();
    await approver.page.getByTestId('objections-panel').locator('[data-testid^="uphold-"]').click();
    await approver.page.getByTestId('reason').fill('经核实,劳动合同系挂靠,不符合在本市就业条件');
    await approver.step('uphold');
    await approver.page.getByTestId('resolve-dialog-submit').click();
    await approver.page.getByTestId('notice-done').waitFor();
    await expect.poll(() => approver.page.getByTestId('notice-entries').textContent()).toMatch(/退回重审/);
    await approver.step('upheld');
  });
});
