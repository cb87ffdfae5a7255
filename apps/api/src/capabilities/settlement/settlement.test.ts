import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf } from '../../testing/index.js';
import {
  collectiveEmployer,
  createDraft,
  familyMember,
  fire,
  graduate,
  stationDraft,
  step,
  underReview,
} from './fixtures.js';

type View = Record<string, unknown> & {
  id: string;
  state: string;
  version: number;
  availableActions: string[];
  history: { event: string; from: string | null; to: string | null; reason: string | null }[];
};

describe('settlement applications', () => {
  it('creates a draft with identifiers masked; the same Idempotency-Key returns it again', async () => {
    const h = await createTestHarness();
    const g = await graduate(h);
    const body = { ...(await stationDraft(h, g)), members: [familyMember()] };
    const headers = { 'idempotency-key': 'create-1' };
    const first = await h.call('POST', '/api/settlements', { cookie: g.cookie, body, headers });
    expect(first.status).toBe(201);
    const { item } = (await first.json()) as { item: View };
    expect(item).toMatchObject({
      state: 'draft',
      holder: 'applicant',
      route: 'graduate',
      settleAt: 'police_station_collective',
      countyCode: '621002',
      version: 1,
      availableActions: ['submit', 'withdraw'],
      eligibility: null,
    });
    expect(item.number).toMatch(/^QYLH-\d{4}-\d{6,}$/);
    const members = item.members as { residentId: string; name: string }[];
    expect(members[0]?.residentId).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect((item.applicant as { residentId: string }).residentId).toContain('**********');
    expect(JSON.stringify(item)).not.toContain(familyMember().residentId);
    expect(item.documents).toHaveLength(3);
    expect(item.history).toEqual([expect.objectContaining({ event: 'create', to: 'draft' })]);

    const again = await h.call('POST', '/api/settlements', { cookie: g.cookie, body, headers });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { item: View }).item.id).toBe(item.id);
    const own = (await (await h.call('GET', '/api/settlements', { cookie: g.cookie })).json()) as {
      items: View[];
    };
    expect(own.items.map((i) => i.id)).toEqual([item.id]);
  });

  it('keeps one open application per resident ID; a new one after a withdrawal or a rejection', async () => {
    const h = await createTestHarness();
    const g = await graduate(h);
    const app = await createDraft(h, g);
    const second = await h.call('POST', '/api/settlements', {
      cookie: g.cookie,
      body: await stationDraft(h, g),
    });
    expect(second.status).toBe(409);
    expect((await errorOf(second)).message).toContain('正在办理');
    await step(h, g, app, 'withdraw');
    const afterWithdrawal = await createDraft(h, g);
    const reviewer = await h.bureau(['reviewer']);
    let v = await step(h, g, afterWithdrawal, 'submit');
    v = await step(h, reviewer, v, 'start_review');
    await step(h, reviewer, v, 'reject', { reason: '材料不实' });
    expect((await createDraft(h, g)).state).toBe('draft');
  });

  it('runs from submission to the move-in permit, notifying the applicant at every step', async () => {
    const h = await createTestHarness();
    const g = await graduate(h);
    const reviewer = await h.bureau(['reviewer']);
    const registrar = await h.bureau(['registrar']);
    let app = (await createDraft(h, g)) as View;
    app = (await step(h, g, app, 'submit')) as View;
    expect(app).toMatchObject({ state: 'submitted', holder: 'reviewer', overdueWorkingDays: 0 });
    expect(app.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const evaluation = app.eligibility as { outcome: string; criteria: { id: string; status: string }[] };
    expect(evaluation.outcome).toBe('needs_evidence');
    expect(evaluation.criteria.find((c) => c.id === 'graduate.fresh')?.status).toBe('pass');

    app = (await step(h, reviewer, app, 'start_review')) as View;
    expect(app.availableActions).toEqual(['return', 'approve', 'reject']);
    const noReason = await fire(h, reviewer, app, 'return');
    expect(noReason.status).toBe(400);
    expect((await errorOf(noReason)).details?.fields?.[0]?.path).toBe('reason');
    app = (await step(h, reviewer, app, 'return', { reason: '请补充清晰的毕业证书扫描件' })) as View;
    expect(app).toMatchObject({ state: 'returned', decisionReason: '请补充清晰的毕业证书扫描件' });

    const applicantView = (await (
      await h.call('GET', `/api/settlements/${app.id}`, { cookie: g.cookie })
    ).json()) as {
      item: View;
    };
    expect(applicantView.item.availableActions).toEqual(['withdraw', 'resubmit']);
    const edit = await h.call('PUT', `/api/settlements/${app.id}`, {
      cookie: g.cookie,
      body: { ...(await stationDraft(h, g)), countyCode: '621022', version: app.version },
    });
    expect(edit.status, await edit.clone().text()).toBe(400); // the station is not in 环县
    const saved = await h.call('PUT', `/api/settlements/${app.id}`, {
      cookie: g.cookie,
      body: { ...(await stationDraft(h, g)), version: app.version },
    });
    expect(saved.status).toBe(200);
    app = ((await saved.json()) as { item: View }).item;
    app = (await step(h, g, app, 'resubmit')) as View;
    expect(app.decisionReason).toBeNull();
    app = (await step(h, reviewer, app, 'start_review')) as View;
    app = (await step(h, reviewer, app, 'approve')) as View;
    expect(app).toMatchObject({ state: 'approved', holder: 'registrar' });
    expect((await fire(h, g, app, 'withdraw')).status).toBe(409);

    app = (await step(h, registrar, app, 'register', {
      householdNumber: 'QY-2026-0001',
      registrationDate: '2026-03-02',
    })) as View;
    expect(app).toMatchObject({ state: 'registered', holder: null });
    expect(app.registration).toMatchObject({
      householdNumber: 'QY-2026-0001',
      registrationDate: '2026-03-02',
    });
    expect((app.permit as { number: string }).number).toMatch(/^QYZR-2026-\d{6}$/);
    expect(app.employment).toMatchObject({ closesOn: '2028-03-02', status: 'not_yet', report: null });
    const reminders = await h.db
      .selectFrom('reminder')
      .select(['kind', 'due_on'])
      .where('application_id', '=', app.id)
      .orderBy('due_on')
      .execute();
    expect(reminders.map((r) => r.due_on)).toEqual(['2027-09-02', '2027-12-02', '2028-02-02', '2028-03-03']);

    expect(app.history.map((e) => e.event)).toEqual([
      'create',
      'submit',
      'start_review',
      'return',
      'update',
      'resubmit',
      'start_review',
      'approve',
      'register',
    ]);
    expect(app.history[3]).toMatchObject({
      from: 'under_review',
      to: 'returned',
      reason: '请补充清晰的毕业证书扫描件',
    });
    const kinds = await h.db
      .selectFrom('notification')
      .select('kind')
      .where('user_id', '=', g.id)
      .orderBy('id')
      .execute();
    expect(kinds.map((k) => k.kind.replace('notification.settlement.', ''))).toEqual([
      'submit',
      'start_review',
      'return',
      'resubmit',
      'start_review',
      'approve',
      'register',
    ]);
    const sms = await h.db.selectFrom('sms_outbox').select('params').where('user_id', '=', g.id).execute();
    expect(sms).toHaveLength(7);
    expect(JSON.stringify(sms)).not.toContain(g.residentId ?? '-');
  });

  it('settles first and takes the employment report later, confirmed by the employer', async () => {
    const h = await createTestHarness();
    const { g, reviewer, app: reviewing } = await underReview(h);
    const registrar = await h.bureau(['registrar']);
    const employer = await h.employerStaff({ status: 'verified', role: 'hr' });
    const stranger = await h.employerStaff({ status: 'verified', role: 'hr' });
    let app = await step(h, reviewer, reviewing, 'approve');
    app = await step(h, registrar, app, 'register', {
      householdNumber: 'QY-0002',
      registrationDate: '2026-03-02',
    });
    const report = await h.call('POST', `/api/settlements/${app.id}/events`, {
      cookie: g.cookie,
      body: {
        event: 'report_employment',
        version: app.version,
        employerId: employer.employerId,
        contractStart: '2026-04-01',
        contractMonths: 36,
        position: '软件工程师',
      },
    });
    expect(report.status, await report.clone().text()).toBe(200);
    app = ((await report.json()) as { item: View }).item;
    expect(app).toMatchObject({ state: 'employment_reported', holder: 'employer' });
    expect(app.employment).toMatchObject({
      status: 'reported',
      report: { position: '软件工程师', contractMonths: 36 },
    });
    // the named employer sees the case and may confirm; another employer does not see it at all
    expect((await h.call('GET', `/api/settlements/${app.id}`, { cookie: stranger.cookie })).status).toBe(404);
    const seen = (await (
      await h.call('GET', `/api/settlements/${app.id}`, { cookie: employer.cookie })
    ).json()) as {
      item: View;
    };
    expect(seen.item.availableActions).toEqual(['confirm_employment', 'decline_employment']);
    expect((await fire(h, employer, app, 'decline_employment')).status).toBe(400);
    app = await step(h, employer, app, 'decline_employment', { reason: '合同起始日期不符' });
    expect(app).toMatchObject({ state: 'registered' });
    expect((app as View).employment).toMatchObject({
      status: 'declined',
      report: { decisionReason: '合同起始日期不符' },
    });
    const again = await h.call('POST', `/api/settlements/${app.id}/events`, {
      cookie: g.cookie,
      body: {
        event: 'report_employment',
        version: app.version,
        employerId: employer.employerId,
        contractStart: '2026-05-01',
        contractMonths: 36,
        position: '软件工程师',
      },
    });
    app = ((await again.json()) as { item: View }).item;
    app = await step(h, employer, app, 'confirm_employment');
    expect((app as View).employment).toMatchObject({
      status: 'confirmed',
      report: { contractStart: '2026-05-01' },
    });
  });

  it('needs the employer’s acceptance before approving a collective-household settlement', async () => {
    const h = await createTestHarness();
    const g = await graduate(h);
    const employer = await collectiveEmployer(h, { capacity: 1 });
    const reviewer = await h.bureau(['reviewer']);
    const body = {
      route: 'graduate',
      settleAt: 'employer_collective',
      employerId: employer.employerId,
      documents: g.documents,
    };
    let app = await createDraft(h, g, body);
    expect(app).toMatchObject({ countyCode: '621021', employer: { id: employer.employerId } });
    app = await step(h, g, app, 'submit');
    expect(app.collective).toEqual({ status: 'pending', reason: null });
    app = await step(h, reviewer, app, 'start_review');
    expect((app as View).availableActions).toEqual(['return', 'reject']);
    const refused = await fire(h, reviewer, app, 'approve');
    expect(refused.status).toBe(409);
    expect(await errorOf(refused)).toMatchObject({
      details: { state: 'under_review', version: app.version },
    });
    // the household is full now: nobody else may ask to join
    const other = await graduate(h);
    const full = await h.call('POST', '/api/settlements', {
      cookie: other.cookie,
      body: { ...body, documents: other.documents },
    });
    expect(full.status).toBe(400);
    await h.db
      .updateTable('settlement_application')
      .set({ collective_status: 'accepted' })
      .where('id', '=', app.id)
      .execute();
    expect((await step(h, reviewer, app, 'approve')).state).toBe('approved');
  });

  it('refuses a submission with documents missing, naming them', async () => {
    const h = await createTestHarness();
    const g = await graduate(h);
    const body = await stationDraft(h, g);
    const app = await createDraft(h, g, {
      ...body,
      documents: { graduationCertificate: g.documents.graduationCertificate },
    });
    const res = await fire(h, g, app, 'submit');
    expect(res.status).toBe(409);
    expect((await errorOf(res)).details).toMatchObject({
      state: 'draft',
      missing: ['residentIdCard', 'householdMigrationCertificate'],
    });
  });

  it('lets one of two reviewers acting at once succeed; the other gets 409 with the current state', async () => {
    const h = await createTestHarness();
    const { app, reviewer } = await underReview(h);
    const other = await h.bureau(['reviewer']);
    const results = await Promise.all([
      fire(h, reviewer, app, 'approve'),
      fire(h, other, app, 'reject', { reason: '不符合条件' }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409) as Response;
    const winner = results.find((r) => r.status === 200) as Response;
    const winning = ((await winner.json()) as { item: View }).item;
    expect((await errorOf(loser)).details).toEqual({ state: winning.state, version: winning.version });
    const audits = await h.auditOf(app.id);
    expect(
      audits.filter((a) => a.action === 'settlement.approve' || a.action === 'settlement.reject'),
    ).toHaveLength(1);
  });

  it('answers a stale version with 409 and the current state', async () => {
    const h = await createTestHarness();
    const { app, reviewer } = await underReview(h);
    const res = await fire(h, reviewer, { ...app, version: app.version - 1 }, 'approve');
    expect(res.status).toBe(409);
    expect((await errorOf(res)).details).toEqual({ state: 'under_review', version: app.version });
  });
});
