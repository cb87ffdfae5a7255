import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness } from '../../testing/index.js';
import { collectiveRequest, verifiedOrganisation } from '../employers/fixtures.js';
import { createDraft, graduate, step } from '../settlement/fixtures.js';

type Request = {
  applicationId: string;
  number: string;
  name: string;
  status: string;
  reason: string | null;
  state: string;
  version: number;
  canDecide: boolean;
  school: string | null;
  graduationDate: string | null;
  tier: string | null;
};
type Page = { items: Request[]; total: number };

async function answer(
  h: TestHarness,
  cookie: string,
  app: { id: string; version: number },
  decision: 'accept' | 'decline',
  body: Record<string, unknown> = {},
) {
  return h.call('POST', `/api/employer/collective-requests/${app.id}/${decision}`, {
    cookie,
    body: { version: app.version, ...body },
  });
}

describe('GET /api/employer/collective-requests', () => {
  it('lists the submitted requests naming this organisation, names masked, filtered by status', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const pending = await collectiveRequest(h, employerId, { name: '张三丰' });
    await collectiveRequest(h, employerId, { status: 'accepted' });
    await collectiveRequest(h, employerId, { state: 'draft' });
    const other = await verifiedOrganisation(h);
    await collectiveRequest(h, other.employerId);

    const all = (await (
      await h.call('GET', '/api/employer/collective-requests', { cookie: hr.cookie })
    ).json()) as Page;
    expect(all.total).toBe(2);
    const onlyPending = (await (
      await h.call('GET', '/api/employer/collective-requests?status=pending', { cookie: hr.cookie })
    ).json()) as Page;
    expect(onlyPending.items).toEqual([
      expect.objectContaining({
        applicationId: pending.id,
        number: pending.number,
        name: '张*丰',
        tier: 'master',
        school: '兰州大学',
        graduationDate: '2025-06-30',
        status: 'pending',
        state: 'submitted',
        version: 1,
        canDecide: true,
      }),
    ]);
    expect(JSON.stringify(all)).not.toContain('张三丰');
  });
});

describe('accepting and declining', () => {
  it('accepts a graduate: version moves on, audited, the graduate told', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const app = await collectiveRequest(h, employerId);
    const res = await answer(h, hr.cookie, app, 'accept');
    expect(res.status).toBe(200);
    const { item } = (await res.json()) as { item: Request };
    expect(item).toMatchObject({ status: 'accepted', version: 2, canDecide: false });
    const audit = await h.auditOf(app.id, 'settlement.collective_accept');
    expect(audit[0]).toMatchObject({ actor_id: hr.id, details: { collective: 'accepted', employerId } });
    const notes = (await (
      await h.call('GET', '/api/notifications', { cookie: app.applicant.cookie })
    ).json()) as {
      items: { kind: string }[];
    };
    expect(notes.items.map((n) => n.kind)).toEqual(['notification.settlement.collective_accepted']);
    const again = await answer(h, hr.cookie, { id: app.id, version: 2 }, 'accept');
    expect(again.status).toBe(409);
    expect((await errorOf(again)).details).toMatchObject({ status: 'accepted', version: 2 });
  });

  it('declines only with a reason, which the request then shows', async () => {
    const h = await createTestHarness();
    const { admin, employerId } = await verifiedOrganisation(h);
    const app = await collectiveRequest(h, employerId);
    const noReason = await answer(h, admin.cookie, app, 'decline');
    expect(noReason.status).toBe(400);
    expect((await errorOf(noReason)).details?.fields?.[0]?.path).toBe('reason');
    const res = await answer(h, admin.cookie, app, 'decline', { reason: '集体户仅接收本单位职工' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { item: Request }).item).toMatchObject({
      status: 'declined',
      reason: '集体户仅接收本单位职工',
    });
    expect(await h.auditOf(app.id, 'settlement.collective_decline')).toHaveLength(1);
  });

  it('refuses an unverified organisation with a clear 409', async () => {
    const h = await createTestHarness();
    const pending = await h.employerStaff({ status: 'pending' });
    const app = await collectiveRequest(h, pending.employerId);
    const res = await h.call('POST', `/api/employer/collective-requests/${app.id}/accept`, {
      cookie: pending.cookie,
      body: { version: app.version },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).message).toMatch(/not verified/);
    expect(await h.auditOf(app.id)).toHaveLength(0);
  });

  it('refuses a stale version and a case the bureau already decided, with the current state', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const app = await collectiveRequest(h, employerId);
    const stale = await answer(h, hr.cookie, { id: app.id, version: 7 }, 'accept');
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).details).toEqual({ state: 'submitted', version: 1, status: 'pending' });
    const decided = await collectiveRequest(h, employerId, { state: 'rejected' });
    const late = await answer(h, hr.cookie, decided, 'accept');
    expect(late.status).toBe(409);
    expect((await errorOf(late)).details).toMatchObject({ state: 'rejected' });
  });

  it('accepts only while places are left, and not at all without a collective household', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h, { capacity: 1 });
    const first = await collectiveRequest(h, employerId);
    const second = await collectiveRequest(h, employerId);
    expect((await answer(h, hr.cookie, first, 'accept')).status).toBe(200);
    const full = await answer(h, hr.cookie, second, 'accept');
    expect(full.status).toBe(409);
    expect((await errorOf(full)).message).toContain('名额已满');
    // declining still works when full
    expect((await answer(h, hr.cookie, second, 'decline', { reason: '名额已满' })).status).toBe(200);

    await h.db
      .updateTable('employer')
      .set({ keeps_collective_household: false })
      .where('id', '=', employerId)
      .execute();
    const third = await collectiveRequest(h, employerId);
    expect((await answer(h, hr.cookie, third, 'accept')).status).toBe(409);
  });

  it('gives the last place to one of two acceptances at once', async () => {
    const h = await createTestHarness();
    const { admin, hr, employerId } = await verifiedOrganisation(h, { capacity: 1 });
    const [a, b] = await Promise.all([collectiveRequest(h, employerId), collectiveRequest(h, employerId)]);
    const results = await Promise.all([
      answer(h, admin.cookie, a, 'accept'),
      answer(h, hr.cookie, b, 'accept'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const accepted = await h.db
      .selectFrom('settlement_application')
      .select('id')
      .where('employer_id', '=', employerId)
      .where('collective_status', '=', 'accepted')
      .execute();
    expect(accepted).toHaveLength(1);
  });
});

describe('the collective household in the settlement journey', () => {
  it('holds the reviewer’s approval until the employer accepts, and shows in the case history', async () => {
    const h = await createTestHarness();
    const { hr, employerId } = await verifiedOrganisation(h);
    const g = await graduate(h);
    const reviewer = await h.bureau(['reviewer']);
    let app = await createDraft(h, g, {
      route: 'graduate',
      settleAt: 'employer_collective',
      employerId,
      members: [],
      documents: { ...g.documents, electronicTransfer: false },
    });
    app = await step(h, g, app, 'submit');
    app = await step(h, reviewer, app, 'start_review');
    const early = await h.call('POST', `/api/settlements/${app.id}/events`, {
      cookie: reviewer.cookie,
      body: { event: 'approve', version: app.version },
    });
    expect(early.status).toBe(409);

    const list = (await (
      await h.call('GET', '/api/employer/collective-requests', { cookie: hr.cookie })
    ).json()) as Page;
    const request = list.items.find((r) => r.applicationId === app.id);
    expect(request).toMatchObject({
      status: 'pending',
      state: 'under_review',
      canDecide: true,
      school: '兰州大学',
    });
    const accepted = await answer(h, hr.cookie, { id: app.id, version: request?.version ?? 0 }, 'accept');
    expect(accepted.status).toBe(200);

    // the reviewer's copy is stale now: reload, then approve
    const view = (await (
      await h.call('GET', `/api/settlements/${app.id}`, { cookie: reviewer.cookie })
    ).json()) as {
      item: { version: number; collective: { status: string }; history: { event: string }[] };
    };
    expect(view.item.collective.status).toBe('accepted');
    expect(view.item.history.map((e) => e.event)).toContain('collective_accept');
    const approved = await step(h, reviewer, { id: app.id, version: view.item.version }, 'approve');
    expect(approved.state).toBe('approved');
  });
});
