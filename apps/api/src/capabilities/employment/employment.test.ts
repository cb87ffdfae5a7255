import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness } from '../../testing/index.js';
import { reportedEmployment, verifiedOrganisation } from '../employers/fixtures.js';

type Report = {
  id: string;
  applicationId: string;
  name: string;
  status: string;
  reason: string | null;
  state: string;
  version: number;
  canDecide: boolean;
  contractStart: string;
  contractMonths: number;
  position: string;
};
type Page = { items: Report[]; total: number };

async function answer(
  h: TestHarness,
  cookie: string,
  reportId: string,
  decision: 'confirm' | 'decline',
  body: Record<string, unknown>,
) {
  return h.call('POST', `/api/employer/employment-reports/${reportId}/${decision}`, { cookie, body });
}

async function stateOf(h: TestHarness, applicationId: string) {
  return h.db
    .selectFrom('settlement_application')
    .select(['state', 'version'])
    .where('id', '=', applicationId)
    .executeTakeFirstOrThrow();
}

describe('GET /api/employer/employment-reports', () => {
  it('lists the reports naming this organisation, names masked, filtered by status', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const mine = await reportedEmployment(h, employerId, { name: '李小明' });
    const other = await verifiedOrganisation(h);
    await reportedEmployment(h, other.employerId);
    const page = (await (
      await h.call('GET', '/api/employer/employment-reports?status=reported', { cookie: hr.cookie })
    ).json()) as Page;
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      id: mine.reportId,
      applicationId: mine.app.id,
      name: '李*明',
      contractStart: '2026-03-01',
      contractMonths: 36,
      position: '软件工程师',
      status: 'reported',
      state: 'employment_reported',
      canDecide: true,
    });
    const confirmed = (await (
      await h.call('GET', '/api/employer/employment-reports?status=confirmed', { cookie: hr.cookie })
    ).json()) as Page;
    expect(confirmed.total).toBe(0);
  });
});

describe('confirming and declining', () => {
  it('confirms: the case moves to employment_confirmed, audited, the graduate told', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const { app, reportId, applicant } = await reportedEmployment(h, employerId);
    const res = await answer(h, hr.cookie, reportId, 'confirm', { version: app.version });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { item: Report }).item).toMatchObject({
      status: 'confirmed',
      state: 'employment_confirmed',
      version: app.version + 1,
      canDecide: false,
    });
    expect(await stateOf(h, app.id)).toEqual({ state: 'employment_confirmed', version: app.version + 1 });
    const audit = await h.auditOf(app.id, 'settlement.confirm_employment');
    expect(audit[0]).toMatchObject({
      actor_id: hr.id,
      details: { from: 'employment_reported', to: 'employment_confirmed' },
    });
    const notes = (await (
      await h.call('GET', '/api/notifications', { cookie: applicant.cookie })
    ).json()) as {
      items: { kind: string }[];
    };
    expect(notes.items.map((n) => n.kind)).toContain('notification.settlement.confirm_employment');
    const again = await answer(h, hr.cookie, reportId, 'confirm', { version: app.version + 1 });
    expect(again.status).toBe(409);
  });

  it('declines with a reason: the case goes back to registered so the graduate can report again', async () => {
    const h = await createTestHarness();
    const { admin, employerId } = await verifiedOrganisation(h);
    const { app, reportId } = await reportedEmployment(h, employerId);
    const noReason = await answer(h, admin.cookie, reportId, 'decline', { version: app.version });
    expect(noReason.status).toBe(400);
    const res = await answer(h, admin.cookie, reportId, 'decline', {
      version: app.version,
      reason: '合同期限与实际不符',
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { item: Report }).item).toMatchObject({
      status: 'declined',
      reason: '合同期限与实际不符',
      state: 'registered',
    });
    const audit = await h.auditOf(app.id, 'settlement.decline_employment');
    expect(audit[0]?.details).toMatchObject({ reason: '合同期限与实际不符' });
  });

  it('refuses an unverified organisation, a stale version, and leaves the case as it was', async () => {
    const h = await createTestHarness();
    const pending = await h.employerStaff({ status: 'pending' });
    const first = await reportedEmployment(h, pending.employerId);
    const unverified = await answer(h, pending.cookie, first.reportId, 'confirm', {
      version: first.app.version,
    });
    expect(unverified.status).toBe(409);
    expect((await errorOf(unverified)).message).toContain('尚未通过人社局核实');

    const { hr, employerId } = await verifiedOrganisation(h);
    const { app, reportId } = await reportedEmployment(h, employerId);
    const stale = await answer(h, hr.cookie, reportId, 'confirm', { version: app.version + 5 });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).details).toEqual({ state: 'employment_reported', version: app.version });
    expect(await stateOf(h, app.id)).toEqual({ state: 'employment_reported', version: app.version });
    const report = await h.db
      .selectFrom('employment_report')
      .select('status')
      .where('id', '=', reportId)
      .executeTakeFirstOrThrow();
    expect(report.status).toBe('reported');
  });

  it('lets one of two answers at once through; the other gets 409', async () => {
    const h = await createTestHarness();
    const { admin, hr, employerId } = await verifiedOrganisation(h);
    const { app, reportId } = await reportedEmployment(h, employerId);
    const results = await Promise.all([
      answer(h, admin.cookie, reportId, 'confirm', { version: app.version }),
      answer(h, hr.cookie, reportId, 'decline', { version: app.version, reason: '查无此人' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const events = (await h.auditOf(app.id)).filter((r) => r.action.endsWith('_employment'));
    expect(events).toHaveLength(1);
  });
});
