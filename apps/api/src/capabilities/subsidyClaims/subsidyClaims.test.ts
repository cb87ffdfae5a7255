import { defaultPolicyVersion, todayInChina } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, testPii } from '../../testing/index.js';
import { loadPolicy } from '../policy/service.js';
import { fireClaimEvent } from './events.js';
import { bankInput, claim, confirmedGraduate, fire, recommendedClaim, step } from './fixtures.js';

type Criterion = { id: string; status: string; clause: string };
type View = {
  id: string;
  number: string;
  state: string;
  version: number;
  bank: { name: string; account: string };
  availableActions: string[];
  eligibility: { outcome: string; criteria: Criterion[] } | null;
  award: {
    state: string;
    policyVersionId: string;
    totalFen: number;
    calculation: { lines: { id: string; dueDate: string }[]; policyVersionId: string };
    payments: unknown[];
  } | null;
  history: { event: string; from: string | null; to: string | null; reason: string | null }[];
};
const json = async <T>(res: Response) => (await res.json()) as T;
const bachelorTotal =
  defaultPolicyVersion.tiers.bachelor.settlingInAllowance.value.totalFen +
  defaultPolicyVersion.tiers.bachelor.livingAllowance.value.monthlyFen *
    defaultPolicyVersion.tiers.bachelor.livingAllowance.value.months;

describe('can I claim?', () => {
  it('says why not, each reason with its clause, until the employer confirms the job', async () => {
    const h = await createTestHarness();
    const reported = await confirmedGraduate(h, { state: 'employment_reported' });
    const res = await h.call('GET', '/api/subsidy-claims/eligibility', { cookie: reported.cookie });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      canClaim: false,
      blocks: [{ code: 'subsidyClaim.block.employmentNotConfirmed', clause: '庆政办发〔2022〕44号 二(一)4' }],
      preview: null,
    });
    const stranger = await h.applicant();
    const none = await json<{ blocks: { code: string }[] }>(
      await h.call('GET', '/api/subsidy-claims/eligibility', { cookie: stranger.cookie }),
    );
    expect(none.blocks.map((b) => b.code)).toContain('subsidyClaim.block.notSettled');
  });

  it('previews the award of a confirmed graduate: lines, dates, explanation and criteria, writing nothing', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const eligibility = await json<{
      canClaim: boolean;
      tier: string;
      facts: { tier: string; birthDate: string };
      policy: { id: string };
    }>(await h.call('GET', '/api/subsidy-claims/eligibility', { cookie: g.cookie }));
    expect(eligibility).toMatchObject({
      canClaim: true,
      tier: 'bachelor',
      policy: { id: defaultPolicyVersion.id },
    });
    const res = await h.call('POST', '/api/subsidy-claims/preview', { cookie: g.cookie });
    expect(res.status).toBe(200);
    const { preview } = await json<{
      preview: {
        claimable: boolean;
        evaluation: { outcome: string; criteria: Criterion[] };
        award: { totalFen: number; lines: { dueDate: string }[]; explanation: { 'zh-CN': string } };
      };
    }>(res);
    expect(preview.claimable).toBe(true);
    expect(preview.evaluation.outcome).toBe('eligible');
    expect(preview.evaluation.criteria.map((c) => c.id)).toEqual([
      'document.degree_certificate',
      'subsidy.age',
      'subsidy.household',
      'subsidy.employment',
      'subsidy.employmentReport',
      'subsidy.firstClaim',
    ]);
    expect(preview.award.totalFen).toBe(bachelorTotal);
    expect(preview.award.lines[0]?.dueDate).toBe(todayInChina());
    expect(preview.award.explanation['zh-CN']).toContain('二(四)5');
    const claims = await h.db
      .selectFrom('subsidy_claim')
      .select('id')
      .where('applicant_user_id', '=', g.id)
      .execute();
    expect(claims).toEqual([]);
  });
});

describe('making a claim', () => {
  it('makes and submits it, the account encrypted and masked; the same Idempotency-Key gives the same claim', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const headers = { 'idempotency-key': 'claim-1' };
    const first = await h.call('POST', '/api/subsidy-claims', { cookie: g.cookie, body: bankInput, headers });
    expect(first.status).toBe(201);
    const { item } = await json<{ item: View }>(first);
    expect(item).toMatchObject({
      state: 'submitted',
      version: 2,
      bank: { name: '中国建设银行', account: '6217***********0123' },
      availableActions: ['withdraw'],
      eligibility: { outcome: 'eligible' },
      award: null,
      expectedAward: { totalFen: bachelorTotal, policyVersionId: defaultPolicyVersion.id },
    });
    expect(item.number).toMatch(/^QYBT-\d{4}-\d{6}$/);
    expect(JSON.stringify(item)).not.toContain('62170012345678');
    expect(item.history.map((e) => e.event)).toEqual(['create', 'submit']);
    const stored = await h.db
      .selectFrom('subsidy_claim')
      .select(['bank_account_enc', 'claim_date', 'policy_version_id'])
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(testPii.decrypt(stored.bank_account_enc)).toBe('6217001234567890123');
    expect(stored).toMatchObject({ claim_date: todayInChina(), policy_version_id: defaultPolicyVersion.id });
    expect((await h.auditOf(item.id, 'subsidy_claim.submit')).length).toBe(1);

    const again = await h.call('POST', '/api/subsidy-claims', { cookie: g.cookie, body: bankInput, headers });
    expect(again.status).toBe(200);
    expect((await json<{ item: View }>(again)).item.id).toBe(item.id);
    const mine = await json<{ items: { id: string }[] }>(
      await h.call('GET', '/api/subsidy-claims/mine', { cookie: g.cookie }),
    );
    expect(mine.items.map((c) => c.id)).toEqual([item.id]);
  });

  it('makes one claim of two sent at once with one Idempotency-Key', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const send = () =>
      h.call('POST', '/api/subsidy-claims', {
        cookie: g.cookie,
        body: bankInput,
        headers: { 'idempotency-key': 'double-click' },
      });
    const answers = await Promise.all([send(), send()]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201]);
    const ids = await Promise.all(answers.map(async (r) => (await json<{ item: View }>(r)).item.id));
    expect(ids[0]).toBe(ids[1]);
    const rows = await h.db
      .selectFrom('subsidy_claim')
      .select('id')
      .where('applicant_user_id', '=', g.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a second claim for the tier with a clear message; a withdrawn one does not count', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const first = await claim(h, g);
    const second = await h.call('POST', '/api/subsidy-claims', { cookie: g.cookie, body: bankInput });
    expect(second.status).toBe(409);
    expect((await errorOf(second)).message).toContain('同一档次只能申领一次');
    await step(h, g, first, 'withdraw');
    expect((await claim(h, g)).state).toBe('submitted');
  });

  it('names the field of a bad account or bank, and saves nothing', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const res = await h.call('POST', '/api/subsidy-claims', {
      cookie: g.cookie,
      body: { bankName: '建', bankAccount: '6217-00AB' },
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).details?.fields?.map((f) => [f.path, f.code])).toEqual([
      ['bankName', 'validation.bankName.length'],
      ['bankAccount', 'validation.bankAccount.format'],
    ]);
    const rows = await h.db
      .selectFrom('subsidy_claim')
      .select('id')
      .where('applicant_user_id', '=', g.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('refuses a graduate whose job is not confirmed yet, with the reasons', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h, { state: 'employment_reported' });
    const res = await h.call('POST', '/api/subsidy-claims', { cookie: g.cookie, body: bankInput });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).details).toMatchObject({
      blocks: [{ code: 'subsidyClaim.block.employmentNotConfirmed' }],
    });
  });
});

describe('初审 and 复审', () => {
  it('returns with a reason, takes the resubmission, and recommends', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const reviewer = await h.bureau(['reviewer']);
    let view = await claim(h, g);
    view = await step(h, reviewer, view, 'start_review');
    const noReason = await fire(h, reviewer, view, 'return');
    expect(noReason.status).toBe(400);
    view = await step(h, reviewer, view, 'return', '银行账号与社保卡不一致,请核对');
    expect(view).toMatchObject({ state: 'returned', decisionReason: '银行账号与社保卡不一致,请核对' });
    expect(view.availableActions).toEqual([]);
    const own = await json<{ item: View }>(
      await h.call('GET', `/api/subsidy-claims/${view.id}`, { cookie: g.cookie }),
    );
    expect(own.item.availableActions).toEqual(['withdraw', 'resubmit']);
    const corrected = await h.call('PUT', `/api/subsidy-claims/${view.id}`, {
      cookie: g.cookie,
      body: { bankName: '甘肃银行', bankAccount: '6229 1111 2222 3333 44', version: own.item.version },
    });
    expect(corrected.status).toBe(200);
    const fixed = (await json<{ item: View }>(corrected)).item;
    expect(fixed.bank).toEqual({ name: '甘肃银行', account: '6229**********3344' });
    const late = await h.call('PUT', `/api/subsidy-claims/${view.id}`, {
      cookie: g.cookie,
      body: { ...bankInput, version: own.item.version },
    });
    expect(late.status).toBe(409);
    view = await step(h, g, fixed, 'resubmit');
    const edit = await h.call('PUT', `/api/subsidy-claims/${view.id}`, {
      cookie: g.cookie,
      body: { ...bankInput, version: view.version },
    });
    expect(edit.status).toBe(409);
    view = await step(h, reviewer, view, 'start_review');
    view = await step(h, reviewer, view, 'recommend');
    expect(view.state).toBe('recommended');
    const notices = await h.db
      .selectFrom('notification')
      .select('kind')
      .where('user_id', '=', g.id)
      .orderBy('created_at')
      .execute();
    expect(notices.map((n) => n.kind)).toContain('notification.subsidy_claim.return');
  });

  it('lets a different approver approve: the award is created pending under the claim date’s policy', async () => {
    const h = await createTestHarness();
    const { g, approver, view } = await recommendedClaim(h);
    const approved = (await step(h, approver, view, 'approve')) as unknown as View;
    expect(approved).toMatchObject({
      state: 'approved',
      award: {
        state: 'pending',
        policyVersionId: defaultPolicyVersion.id,
        totalFen: bachelorTotal,
        payments: [],
      },
    });
    expect(approved.award?.calculation.lines).toHaveLength(1 + 24);
    expect(approved.history.map((e) => e.event)).toEqual([
      'create',
      'submit',
      'start_review',
      'recommend',
      'approve',
    ]);
    const award = await h.db
      .selectFrom('award')
      .select(['id', 'state', 'total_fen', 'employer_id'])
      .where('claim_id', '=', view.id)
      .executeTakeFirstOrThrow();
    expect(award).toMatchObject({
      state: 'pending',
      total_fen: bachelorTotal,
      employer_id: g.employer.employerId,
    });
    expect(await h.auditOf(award.id, 'award.create')).toHaveLength(1);
    const mine = await json<{ item: View }>(
      await h.call('GET', `/api/subsidy-claims/${view.id}`, { cookie: g.cookie }),
    );
    expect(mine.item.award?.totalFen).toBe(bachelorTotal);
  });

  it('refuses the recommender as approver (four eyes, 403), however many roles they hold', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const both = await h.bureau(['reviewer', 'approver']);
    let view = await claim(h, g);
    view = await step(h, both, view, 'start_review');
    view = await step(h, both, view, 'recommend');
    const own = await json<{ item: { recommendedByCaller: boolean; availableActions: string[] } }>(
      await h.call('GET', `/api/subsidy-claims/${view.id}`, { cookie: both.cookie }),
    );
    expect(own.item).toMatchObject({ recommendedByCaller: true, availableActions: ['send_back', 'reject'] });
    const res = await fire(h, both, view, 'approve');
    expect(res.status).toBe(403);
    expect((await errorOf(res)).details).toEqual({ state: 'recommended', version: view.version });
    const audit = await h.auditOf(view.id, 'subsidy_claim.approve');
    expect(audit).toEqual([]);
  });

  it('refuses the recommender’s person as approver under a second account (decision 0008)', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const reviewer = await h.bureau(['reviewer']);
    let view = await claim(h, g);
    view = await step(h, reviewer, view, 'start_review');
    view = await step(h, reviewer, view, 'recommend');
    await h.db
      .updateTable('app_user')
      .set({ disabled_at: new Date() })
      .where('id', '=', reviewer.id)
      .execute();
    const samePerson = await h.bureau(['approver'], { residentId: reviewer.residentId });
    const seen = await json<{ item: { recommendedByCaller: boolean; availableActions: string[] } }>(
      await h.call('GET', `/api/subsidy-claims/${view.id}`, { cookie: samePerson.cookie }),
    );
    expect(seen.item).toMatchObject({ recommendedByCaller: true, availableActions: ['send_back', 'reject'] });
    expect((await fire(h, samePerson, view, 'approve')).status).toBe(403);
  });

  it('answers a stale version with 409 and the current state, and rejects with a reason', async () => {
    const h = await createTestHarness();
    const { approver, view } = await recommendedClaim(h);
    const stale = await fire(h, approver, { ...view, version: view.version - 1 }, 'approve');
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).details).toEqual({ state: 'recommended', version: view.version });
    const rejected = await step(h, approver, view, 'reject', '社保缴费记录与申报不符');
    expect(rejected).toMatchObject({ state: 'rejected', award: null });
    const events = await fire(h, approver, rejected, 'publish_notice');
    expect(events.status).toBe(400);
  });

  it('cancels the award when an objection is upheld, and renews the same award at the next approval', async () => {
    const h = await createTestHarness();
    const { reviewer, approver, view } = await recommendedClaim(h);
    const approved = await step(h, approver, view, 'approve');
    const ctx = { requestId: 'test', pii: testPii };
    const approverActor = { userId: approver.id, kind: 'bureau' as const, roles: ['approver' as const] };
    await fireClaimEvent(
      h.db,
      approverActor,
      { claimId: view.id, event: 'publish_notice', version: approved.version },
      ctx,
    );
    await fireClaimEvent(
      h.db,
      approverActor,
      {
        claimId: view.id,
        event: 'uphold_objection',
        version: approved.version + 1,
        reason: '群众反映其已离职',
      },
      ctx,
    );
    const award = () =>
      h.db
        .selectFrom('award')
        .select(['id', 'state'])
        .where('claim_id', '=', view.id)
        .executeTakeFirstOrThrow();
    const cancelled = await award();
    expect(cancelled.state).toBe('cancelled');
    const again = (
      await json<{ item: View }>(
        await h.call('GET', `/api/subsidy-claims/${view.id}`, { cookie: reviewer.cookie }),
      )
    ).item;
    expect(again).toMatchObject({ state: 'under_review', decisionReason: '群众反映其已离职' });
    const recommended = await step(h, reviewer, again, 'recommend');
    await step(h, approver, recommended, 'approve');
    expect(await award()).toEqual({ id: cancelled.id, state: 'pending' });
    expect(await h.auditOf(cancelled.id, 'award.renew')).toHaveLength(1);
  });

  it('keeps the award under the version in force on the claim date when a newer one takes effect later', async () => {
    const h = await createTestHarness();
    const { approver, view } = await recommendedClaim(h);
    // A version effective long after the claim date (and after no other test's dates).
    const admin = await h.bureau(['admin']);
    const newer = structuredClone(defaultPolicyVersion);
    newer.id = `later-${view.id}`;
    newer.effectiveFrom = '2100-01-01';
    newer.tiers.bachelor.settlingInAllowance.value.totalFen = 2_000_000;
    await h.db
      .insertInto('policy_version')
      .values({ effective_from: newer.effectiveFrom, body: JSON.stringify(newer), created_by: admin.id })
      .execute();
    expect((await loadPolicy(h.db, '2100-01-02')).tiers.bachelor.settlingInAllowance.value.totalFen).toBe(
      2_000_000,
    );
    await fireClaimEvent(
      h.db,
      { userId: approver.id, kind: 'bureau', roles: ['approver'] },
      { claimId: view.id, event: 'approve', version: view.version },
      { requestId: 'test', pii: testPii, today: '2100-01-04' },
    );
    const award = await h.db
      .selectFrom('award')
      .select(['policy_version_id', 'settling_in_fen', 'total_fen'])
      .where('claim_id', '=', view.id)
      .executeTakeFirstOrThrow();
    expect(award).toEqual({
      policy_version_id: defaultPolicyVersion.id,
      settling_in_fen: defaultPolicyVersion.tiers.bachelor.settlingInAllowance.value.totalFen,
      total_fen: bachelorTotal,
    });
  });
});

describe('the bureau queue', () => {
  it('lists submitted claims with masked names, filters by state and tier, finds by number, and counts tabs', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h, { name: '欧阳晓燕' });
    const view = await claim(h, g);
    const reviewer = await h.bureau(['reviewer']);
    const page = await json<{ items: { id: string; applicantName: string; state: string }[]; total: number }>(
      await h.call('GET', `/api/subsidy-claims?q=${view.number}&state=submitted&tier=bachelor`, {
        cookie: reviewer.cookie,
      }),
    );
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ id: view.id, applicantName: '欧**燕', state: 'submitted' });
    const byName = await json<{ items: { id: string }[] }>(
      await h.call('GET', `/api/subsidy-claims?q=${encodeURIComponent('欧阳晓燕')}`, {
        cookie: reviewer.cookie,
      }),
    );
    expect(byName.items.map((i) => i.id)).toContain(view.id);
    const other = await json<{ total: number }>(
      await h.call('GET', `/api/subsidy-claims?q=${view.number}&state=approved`, { cookie: reviewer.cookie }),
    );
    expect(other.total).toBe(0);
    const counts = await json<{ counts: Record<string, number> }>(
      await h.call('GET', '/api/subsidy-claims/counts', { cookie: reviewer.cookie }),
    );
    expect(counts.counts.submitted).toBeGreaterThanOrEqual(1);
    expect(counts.counts).not.toHaveProperty('draft');
  });

  it('reveals the whole account to a reviewer, audited', async () => {
    const h = await createTestHarness();
    const g = await confirmedGraduate(h);
    const view = await claim(h, g);
    const reviewer = await h.bureau(['reviewer']);
    const res = await h.call('POST', `/api/subsidy-claims/${view.id}/reveal`, { cookie: reviewer.cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ account: '6217001234567890123' });
    const audit = await h.auditOf(view.id, 'bank_account.reveal');
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.details)).not.toContain('6217001234567890123');
  });
});
