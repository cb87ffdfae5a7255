import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness } from '../../testing/index.js';
import { verifiedOrganisation } from '../employers/fixtures.js';
import { activeAward, linesOf } from './fixtures.js';

type Detail = {
  state: string;
  version: number;
  stage?: string;
  preview: boolean;
  actions: string[];
  calculation: {
    servedMonths: number;
    unservedMonths: number;
    paidSettlingInFen: number;
    clawbackFen: number;
  };
  clawback: {
    state: string;
    amountFen: number;
    waiveReason: string | null;
    recoveredOn: string | null;
  } | null;
};

// A master's award from 2025-02-01 (30,000 in two yearly parts, 1,500 a month for 36 months, 60 months'
// service): by the end of 2025 the first settling-in part and eleven monthly instalments are paid.
async function departed(h: TestHarness, departedOn = '2026-01-15', options: { paidThrough?: string } = {}) {
  const org = await verifiedOrganisation(h);
  const fixture = await activeAward(h, { employerId: org.employerId, ...options });
  const res = await h.call('POST', `/api/employer/awards/${fixture.awardId}/departure`, {
    cookie: org.hr.cookie,
    body: { departedOn },
  });
  expect(res.status).toBe(200);
  return { ...org, ...fixture };
}

const detailOf = async (h: TestHarness, cookie: string, awardId: string) =>
  (await (await h.call('GET', `/api/bureau/clawbacks/${awardId}`, { cookie })).json()) as Detail;

const act = (h: TestHarness, cookie: string, awardId: string, event: string, body: object) =>
  h.call('POST', `/api/bureau/clawbacks/${awardId}/events`, { cookie, body: { event, ...body } });

describe('a departure within the service commitment', () => {
  it('stops the award, cancels the unpaid lines, records, audits and tells the graduate', async () => {
    const h = await createTestHarness();
    const org = await verifiedOrganisation(h);
    const { awardId, graduate } = await activeAward(h, { employerId: org.employerId });
    const res = await h.call('POST', `/api/employer/awards/${awardId}/departure`, {
      cookie: org.hr.cookie,
      body: { departedOn: '2026-01-15' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ withinCommitment: true, state: 'stopped', cancelledLines: 26 });
    const lines = await linesOf(h, awardId);
    expect(lines.filter((l) => l.state === 'paid')).toHaveLength(12);
    expect(lines.filter((l) => l.state === 'cancelled')).toHaveLength(26);
    const award = await h.db
      .selectFrom('award')
      .select(['state', 'version'])
      .where('id', '=', awardId)
      .executeTakeFirstOrThrow();
    expect(award).toEqual({ state: 'stopped', version: 2 });
    const audit = await h.auditOf(awardId, 'award.report_departure');
    expect(audit[0]).toMatchObject({
      actor_id: org.hr.id,
      details: { departedOn: '2026-01-15', withinCommitment: true, from: 'active', to: 'stopped' },
    });
    const notes = (await (await h.call('GET', '/api/notifications', { cookie: graduate.cookie })).json()) as {
      items: { kind: string; text: { 'zh-CN': string } }[];
    };
    expect(notes.items[0]).toMatchObject({ kind: 'notification.award.departure' });
    expect(notes.items[0]?.text['zh-CN']).toContain('2026-01-15');

    const again = await h.call('POST', `/api/employer/awards/${awardId}/departure`, {
      cookie: org.admin.cookie,
      body: { departedOn: '2026-01-20' },
    });
    expect(again.status).toBe(409);
  });

  it('refuses a future date or one before the award started, and changes nothing', async () => {
    const h = await createTestHarness();
    const org = await verifiedOrganisation(h);
    const { awardId } = await activeAward(h, { employerId: org.employerId });
    for (const [departedOn, code] of [
      ['2999-01-01', 'validation.departure.future'],
      ['2024-12-31', 'validation.departure.beforeStart'],
      ['2026-02-30', 'validation.date.invalid'],
    ]) {
      const res = await h.call('POST', `/api/employer/awards/${awardId}/departure`, {
        cookie: org.hr.cookie,
        body: { departedOn },
      });
      expect(res.status, departedOn).toBe(400);
      expect((await errorOf(res)).details?.fields?.[0]).toMatchObject({ path: 'departedOn', code });
    }
    expect((await linesOf(h, awardId)).filter((l) => l.state === 'cancelled')).toHaveLength(0);
    expect(await h.auditOf(awardId)).toHaveLength(0);
  });

  it('after the commitment is served, is only recorded', async () => {
    const h = await createTestHarness();
    const org = await verifiedOrganisation(h);
    const { awardId } = await activeAward(h, {
      employerId: org.employerId,
      startDate: '2020-02-01',
      paidThrough: '2030-01-01',
    });
    const res = await h.call('POST', `/api/employer/awards/${awardId}/departure`, {
      cookie: org.admin.cookie,
      body: { departedOn: '2025-03-01' },
    });
    expect(await res.json()).toMatchObject({ withinCommitment: false, state: 'active', cancelledLines: 0 });
    const reviewer = await h.bureau(['reviewer']);
    expect(
      (await h.call('GET', `/api/bureau/clawbacks/${awardId}`, { cookie: reviewer.cookie })).status,
    ).toBe(404);
  });
});

describe('assessing and settling a clawback', () => {
  it('assesses pro rata to the unserved months of the paid settling-in part, then finance records it repaid', async () => {
    const h = await createTestHarness();
    const { awardId, graduate } = await departed(h);
    const reviewer = await h.bureau(['reviewer']);
    const finance = await h.bureau(['finance']);
    const preview = await detailOf(h, reviewer.cookie, awardId);
    expect(preview).toMatchObject({
      state: 'stopped',
      preview: true,
      actions: ['assess_clawback'],
      calculation: {
        servedMonths: 11,
        unservedMonths: 49,
        paidSettlingInFen: 1_500_000,
        clawbackFen: 1_225_000,
      },
    });
    const stale = await act(h, reviewer.cookie, awardId, 'assess_clawback', { version: preview.version + 3 });
    expect(stale.status).toBe(409);
    expect(
      (await act(h, finance.cookie, awardId, 'assess_clawback', { version: preview.version })).status,
    ).toBe(403);
    const res = await act(h, reviewer.cookie, awardId, 'assess_clawback', { version: preview.version });
    expect(res.status).toBe(200);
    const assessed = (await res.json()) as Detail;
    expect(assessed).toMatchObject({
      state: 'clawback_due',
      preview: false,
      clawback: { state: 'due', amountFen: 1_225_000 },
    });
    expect((await h.auditOf(awardId, 'award.assess_clawback'))[0]).toMatchObject({
      actor_id: reviewer.id,
      details: { clawbackFen: 1_225_000, unservedMonths: 49 },
    });

    const future = await act(h, finance.cookie, awardId, 'record_repayment', {
      version: assessed.version,
      recoveredOn: '2999-01-01',
    });
    expect((await errorOf(future)).details?.fields?.[0]?.code).toBe('validation.clawback.recoveredFuture');
    const early = await act(h, finance.cookie, awardId, 'record_repayment', {
      version: assessed.version,
      recoveredOn: '2020-01-01',
    });
    expect((await errorOf(early)).details?.fields?.[0]?.code).toBe(
      'validation.clawback.recoveredBeforeAssessment',
    );
    expect(
      (
        await act(h, reviewer.cookie, awardId, 'record_repayment', {
          version: assessed.version,
          recoveredOn: today(),
        })
      ).status,
    ).toBe(403);
    const done = await act(h, finance.cookie, awardId, 'record_repayment', {
      version: assessed.version,
      recoveredOn: today(),
    });
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({
      state: 'closed',
      clawback: { state: 'recovered', recoveredOn: today() },
      actions: [],
    });
    expect((await h.auditOf(awardId, 'award.record_repayment'))[0]).toMatchObject({ actor_id: finance.id });
    const notes = (await (await h.call('GET', '/api/notifications', { cookie: graduate.cookie })).json()) as {
      items: { kind: string }[];
    };
    expect(notes.items.map((n) => n.kind)).toEqual([
      'notification.clawback.recovered',
      'notification.clawback.assessed',
      'notification.award.departure',
    ]);
  });

  it('waives only by an approver other than the assessor, with a reason', async () => {
    const h = await createTestHarness();
    const { awardId } = await departed(h);
    const chief = await h.bureau(['reviewer', 'approver']);
    const approver = await h.bureau(['approver']);
    const assessed = (await (
      await act(h, chief.cookie, awardId, 'assess_clawback', { version: 2 })
    ).json()) as Detail;
    expect(assessed.actions).toEqual([]);
    const own = await act(h, chief.cookie, awardId, 'waive_clawback', {
      version: assessed.version,
      reason: '因病离职,予以免除',
    });
    expect(own.status).toBe(403);
    expect((await errorOf(own)).message).toBeTruthy();
    const noReason = await act(h, approver.cookie, awardId, 'waive_clawback', { version: assessed.version });
    expect(noReason.status).toBe(400);
    expect((await detailOf(h, approver.cookie, awardId)).actions).toEqual(['waive_clawback']);
    const res = await act(h, approver.cookie, awardId, 'waive_clawback', {
      version: assessed.version,
      reason: '因病离职,予以免除',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      state: 'closed',
      clawback: { state: 'waived', waiveReason: '因病离职,予以免除' },
    });
    expect((await h.auditOf(awardId, 'award.waive_clawback'))[0]).toMatchObject({
      actor_id: approver.id,
      details: { reason: '因病离职,予以免除' },
    });
    const twice = await act(h, approver.cookie, awardId, 'waive_clawback', {
      version: assessed.version + 1,
      reason: '再次免除申请',
    });
    expect(twice.status).toBe(409);
  });

  it('refuses the waiver to the assessor’s person under a second account (decision 0008)', async () => {
    const h = await createTestHarness();
    const { awardId } = await departed(h);
    const assessor = await h.bureau(['reviewer', 'approver']);
    const assessed = (await (
      await act(h, assessor.cookie, awardId, 'assess_clawback', { version: 2 })
    ).json()) as Detail;
    await h.db
      .updateTable('app_user')
      .set({ disabled_at: new Date() })
      .where('id', '=', assessor.id)
      .execute();
    const samePerson = await h.bureau(['approver'], { residentId: assessor.residentId });
    expect((await detailOf(h, samePerson.cookie, awardId)).actions).toEqual([]);
    const res = await act(h, samePerson.cookie, awardId, 'waive_clawback', {
      version: assessed.version,
      reason: '因病离职,予以免除',
    });
    expect(res.status).toBe(403);
  });

  it('closes at once when nothing is to be repaid, and waits for lines still with the bank', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    const nothingPaid = await departed(h, '2025-03-15', { paidThrough: '2000-01-01' });
    const closed = await act(h, reviewer.cookie, nothingPaid.awardId, 'close_without_clawback', {
      version: 2,
    });
    expect(await closed.json()).toMatchObject({
      state: 'closed',
      preview: false,
      clawback: null,
      calculation: { clawbackFen: 0 },
    });
    expect(await h.auditOf(nothingPaid.awardId, 'award.close_without_clawback')).toHaveLength(1);

    const org = await verifiedOrganisation(h);
    const withBank = await activeAward(h, { employerId: org.employerId });
    await h.db
      .updateTable('payment_line')
      .set({ state: 'in_batch' })
      .where('award_id', '=', withBank.awardId)
      .where('line_key', '=', 'living_allowance-12')
      .execute();
    await h.call('POST', `/api/employer/awards/${withBank.awardId}/departure`, {
      cookie: org.hr.cookie,
      body: { departedOn: '2026-01-20' },
    });
    expect((await linesOf(h, withBank.awardId)).filter((l) => l.state === 'in_batch')).toHaveLength(1);
    const waiting = await act(h, reviewer.cookie, withBank.awardId, 'assess_clawback', { version: 2 });
    expect(waiting.status).toBe(409);
    expect((await errorOf(waiting)).message).toContain('银行');
  });

  it('lists departures by stage with counts', async () => {
    const h = await createTestHarness();
    const { awardId } = await departed(h);
    const auditor = await h.bureau(['auditor']);
    const page = (await (
      await h.call('GET', '/api/bureau/clawbacks?stage=to_assess&pageSize=100&sort=reportedAt&order=desc', {
        cookie: auditor.cookie,
      })
    ).json()) as {
      items: { awardId: string; name: string; stage: string; amountFen: number | null }[];
      total: number;
    };
    expect(page.items.find((i) => i.awardId === awardId)).toMatchObject({
      name: '王*红',
      stage: 'to_assess',
      amountFen: null,
    });
    expect(page.items.every((i) => i.stage === 'to_assess')).toBe(true);
    const counts = (await (
      await h.call('GET', '/api/bureau/clawbacks/counts', { cookie: auditor.cookie })
    ).json()) as {
      counts: Record<string, number>;
    };
    expect(counts.counts.to_assess).toBeGreaterThanOrEqual(1);
    expect(Object.keys(counts.counts).sort()).toEqual(['closed', 'due', 'recovered', 'to_assess', 'waived']);
    expect((await detailOf(h, auditor.cookie, awardId)).actions).toEqual([]);
  });
});

function today(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

describe('at the same moment', () => {
  it('two departures of one award: one is recorded; two waivers of one clawback: one applies', async () => {
    const h = await createTestHarness();
    const org = await verifiedOrganisation(h);
    const { awardId } = await activeAward(h, { employerId: org.employerId });
    const reports = await Promise.all(
      [org.admin, org.hr].map((u) =>
        h.call('POST', `/api/employer/awards/${awardId}/departure`, {
          cookie: u.cookie,
          body: { departedOn: '2026-01-15' },
        }),
      ),
    );
    expect(reports.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await h.auditOf(awardId, 'award.report_departure')).toHaveLength(1);

    const reviewer = await h.bureau(['reviewer']);
    const assessed = (await (
      await act(h, reviewer.cookie, awardId, 'assess_clawback', { version: 2 })
    ).json()) as Detail;
    const [a, b] = await Promise.all([h.bureau(['approver']), h.bureau(['approver'])]);
    const waivers = await Promise.all(
      [a, b].map((u) =>
        act(h, u.cookie, awardId, 'waive_clawback', {
          version: assessed.version,
          reason: '因公派驻外地,予以免除',
        }),
      ),
    );
    expect(waivers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await h.auditOf(awardId, 'award.waive_clawback')).toHaveLength(1);
  });
});
