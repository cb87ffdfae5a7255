// Issue 6's claim in Chromium with a screenshot per step: a master's graduate whose job the employer
// confirmed (the demo's 孔洁) claims on a phone beside the live award preview; a reviewer passes the
// first check (初审), the same reviewer is kept from the second, an approver approves it (复审) and the
// award is fixed; the graduate sees it with its instalments, awaiting the public notice.
import { describe, expect, inject, it } from 'vitest';
import { demoBrowsers } from '../support/demo.js';

const baseUrl = inject('baseUrl');
const { open, signIn } = demoBrowsers();

describe('the subsidy claim', () => {
  it('is claimed with a live preview, recommended, kept from its recommender, approved, and seen with its award', async () => {
    // 1. The graduate sees the claim offered on the home page and opens the form with the preview.
    const graduate = await open('claim-1-graduate', { mobile: true });
    await signIn(graduate, '/', '13800138040');
    await graduate.page.getByTestId('subsidy-card').waitFor();
    await graduate.step('home');
    await graduate.page.getByTestId('start-claim').click();
    await graduate.page.getByTestId('claim-preview').waitFor();
    await expect
      .poll(() => graduate.page.getByTestId('preview-award-total').textContent())
      .toContain('84,000');
    await graduate.step('preview');

    // 2. A bad account number is named on its field; the corrected claim is submitted once.
    await graduate.page.getByRole('button', { name: '甘肃银行' }).click();
    await graduate.page.getByTestId('bankAccount').fill('6228 48');
    await graduate.page.getByTestId('claim-submit').click();
    await expect.poll(() => graduate.page.getByText('12至25位数字').count()).toBeGreaterThan(0);
    await graduate.step('account-error');
    await graduate.page.getByTestId('bankAccount').fill('6228 4800 1234 5678 901');
    await graduate.page.getByTestId('claim-submit').dblclick();
    await graduate.page.getByTestId('claim-page').waitFor();
    await expect
      .poll(() => graduate.page.getByTestId('status-timeline-state').textContent())
      .toMatch(/已提交/);
    await expect
      .poll(() => graduate.page.getByTestId('claim-bank').textContent())
      .toContain('6228***********8901');
    await graduate.step('submitted');
    const claimUrl = graduate.page.url();
    const claimId = claimUrl.split('/').pop() ?? '';

    // 3. The reviewer finds it in the queue, starts the review and recommends it (初审).
    const reviewer = await open('claim-2-reviewer');
    await signIn(reviewer, '/bureau/', 'chief');
    await reviewer.page.goto(`${baseUrl}/bureau/subsidy-claims`);
    await reviewer.page.getByTestId('claim-queue-table').waitFor();
    await reviewer.step('queue');
    await reviewer.page.goto(`${baseUrl}/bureau/subsidy-claims/${claimId}`);
    await reviewer.page.getByTestId('claim-case-page').waitFor();
    await reviewer.page.getByTestId('action-start_review').click();
    await reviewer.page.getByTestId('confirm-ok').click();
    await reviewer.page.getByTestId('action-recommend').waitFor();
    await reviewer.step('under-review');
    await reviewer.page.getByTestId('action-recommend').click();
    await reviewer.page.getByTestId('confirm-ok').click();
    await expect.poll(() => reviewer.page.getByTestId('claim-state').textContent()).toMatch(/初审通过/);
    // the chief holds both roles but recommended it: no approve button, and the page says why
    await reviewer.page.getByTestId('claim-four-eyes').waitFor();
    expect(await reviewer.page.getByTestId('action-approve').count()).toBe(0);
    await reviewer.step('recommended-four-eyes');

    // 4. Another person approves it (复审): the award is fixed under the claim date's policy.
    const approver = await open('claim-3-approver');
    await signIn(approver, '/bureau/', 'approver');
    await approver.page.goto(`${baseUrl}/bureau/subsidy-claims/${claimId}`);
    await approver.page.getByTestId('action-approve').click();
    await approver.step('approve');
    await approver.page.getByTestId('confirm-ok').click();
    await expect.poll(() => approver.page.getByTestId('claim-state').textContent()).toMatch(/已批准/);
    await approver.page.getByTestId('claim-award').waitFor();
    await approver.step('approved');

    // 5. The graduate sees the approval, the award with its instalments and an empty payment history.
    await graduate.page.reload();
    await graduate.page.getByTestId('claim-award').waitFor();
    await expect
      .poll(() => graduate.page.getByTestId('award-summary-total').textContent())
      .toContain('84,000');
    await graduate.page.getByTestId('payment-history-empty').waitFor();
    await graduate.step('award');
  });
});
