import { addDays, systemActor, todayInChina } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness, testPii } from '../../testing/index.js';
import * as closing from './closing.js';
import { approvedClaim, backdate } from './fixtures.js';
import * as notices from './notices.js';
import type { NoticeDetail } from './view.js';

type Body = { notice: NoticeDetail };
const ctx = { requestId: null, pii: testPii };

async function draftOf(h: TestHarness, cookie: string, claimIds: string[]): Promise<NoticeDetail> {
  const res = await h.call('POST', '/api/bureau/public-notices', { cookie, body: { claimIds } });
  expect(res.status).toBe(201);
  return ((await res.json()) as Body).notice;
}

async function published(h: TestHarness, cookie: string, claimIds: string[]): Promise<NoticeDetail> {
  const draft = await draftOf(h, cookie, claimIds);
  const res = await h.call('POST', `/api/bureau/public-notices/${draft.id}/publish`, {
    cookie,
    body: { version: draft.version },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as Body).notice;
}

/** Publishes and moves the period into the past so that the notice may close today. */
async function ended(h: TestHarness, cookie: string, claimIds: string[]): Promise<NoticeDetail> {
  const notice = await published(h, cookie, claimIds);
  const today = todayInChina();
  await backdate(h, notice.id, addDays(today, -10), addDays(today, -1));
  return notice;
}

async function stateOf(h: TestHarness, claimId: string) {
  const claim = await h.db
    .selectFrom('subsidy_claim')
    .select('state')
    .where('id', '=', claimId)
    .executeTakeFirstOrThrow();
  const award = await h.db
    .selectFrom('award')
    .select(['id', 'state', 'start_date', 'total_fen'])
    .where('claim_id', '=', claimId)
    .executeTakeFirstOrThrow();
  const lines = await h.db
    .selectFrom('payment_line')
    .select(['line_key', 'amount_fen', 'due_date', 'state'])
    .where('award_id', '=', award.id)
    .orderBy('due_date')
    .orderBy('line_key')
    .execute();
  return { claim: claim.state, award, lines };
}

describe('drawing up and publishing a notice', () => {
  it('lists the chosen approved claims, masked and frozen, and takes them off the waiting list', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const a = await approvedClaim(h, '欧阳娜娜');
    const b = await approvedClaim(h, '李四', { tier: 'master' });
    const waiting = await h.call('GET', '/api/bureau/public-notices/candidates?pageSize=200', {
      cookie: approver.cookie,
    });
    const before = (await waiting.json()) as { items: { claimId: string; name: string }[] };
    expect(before.items.find((c) => c.claimId === a.id)?.name).toBe('欧**娜');

    const draft = await draftOf(h, approver.cookie, [a.id, b.id]);
    expect(draft.state).toBe('draft');
    expect(draft.actions).toEqual(['publish', 'discard']);
    const entryA = draft.entries.find((e) => e.claimId === a.id);
    expect(entryA?.maskedName).toBe('欧**娜');
    const rid = a.applicant.residentId ?? '';
    expect(entryA?.maskedResidentId).toBe(`${rid.slice(0, 4)}**********${rid.slice(-4)}`);
    expect(entryA?.amountFen).toBe(a.totalFen);
    expect(draft.entries.find((e) => e.claimId === b.id)?.tier).toBe('master');
    expect(await h.auditOf(draft.id, 'public_notice.create')).toHaveLength(1);

    const after = await h.call('GET', '/api/bureau/public-notices/candidates?pageSize=200', {
      cookie: approver.cookie,
    });
    const ids = ((await after.json()) as { items: { claimId: string }[] }).items.map((c) => c.claimId);
    expect(ids).not.toContain(a.id);

    // the same claim cannot stand on two undecided notices
    const again = await h.call('POST', '/api/bureau/public-notices', {
      cookie: approver.cookie,
      body: { claimIds: [a.id] },
    });
    expect(again.status).toBe(409);
    const error = await errorOf(again);
    expect(error.code).toBe('conflict');
    expect(error.details).toEqual({ claimIds: [a.id] });
  });

  it('publishes with the period counted in working days, moving every claimant into the notice', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const actor = { kind: 'bureau' as const, userId: approver.id, roles: ['approver' as const] };
    const a = await approvedClaim(h);
    const draft = await notices.createNotice(h.db, actor, { claimIds: [a.id] }, ctx, '2026-09-30');
    expect(draft.endsOnIfPublishedToday).toBe('2026-10-13');
    // Wednesday 30 September 2026: National Day (1–7 October) is skipped, Saturday 10 October is a
    // working day (调休): five working days end on Tuesday 13 October.
    const notice = await notices.publishNotice(
      h.db,
      actor,
      draft.id,
      { version: draft.version },
      ctx,
      '2026-09-30',
    );
    expect(notice).toMatchObject({ state: 'published', publishedOn: '2026-09-30', endsOn: '2026-10-13' });
    expect((await stateOf(h, a.id)).claim).toBe('in_public_notice');
    expect(await h.auditOf(a.id, 'subsidy_claim.publish_notice')).toHaveLength(1);
    const note = await h.db
      .selectFrom('notification')
      .select(['kind', 'params'])
      .where('user_id', '=', a.applicant.id)
      .executeTakeFirstOrThrow();
    expect(note).toEqual({
      kind: 'notification.publicNotice.published',
      params: { number: a.number, endsOn: '2026-10-13' },
    });

    // publishing again, or with the version seen before publishing, is refused
    const stale = await h.call('POST', `/api/bureau/public-notices/${draft.id}/publish`, {
      cookie: approver.cookie,
      body: { version: draft.version },
    });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).details).toEqual({ state: 'published', version: notice.version });
  });

  it('discards a draft, freeing its claims; a published notice cannot be discarded', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const a = await approvedClaim(h);
    const draft = await draftOf(h, approver.cookie, [a.id]);
    const res = await h.call('POST', `/api/bureau/public-notices/${draft.id}/discard`, {
      cookie: approver.cookie,
      body: { version: draft.version },
    });
    expect(res.status).toBe(200);
    expect(
      (await h.call('GET', `/api/bureau/public-notices/${draft.id}`, { cookie: approver.cookie })).status,
    ).toBe(404);
    const notice = await published(h, approver.cookie, [a.id]);
    const refused = await h.call('POST', `/api/bureau/public-notices/${notice.id}/discard`, {
      cookie: approver.cookie,
      body: { version: notice.version },
    });
    expect(refused.status).toBe(409);
  });

  it('validates the body: ids, an empty choice, a missing version', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const bad = await h.call('POST', '/api/bureau/public-notices', {
      cookie: approver.cookie,
      body: { claimIds: ['not-a-uuid'] },
    });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).details?.fields?.[0]?.path).toBe('claimIds.0');
    const empty = await h.call('POST', '/api/bureau/public-notices', {
      cookie: approver.cookie,
      body: { claimIds: [] },
    });
    expect(empty.status).toBe(400);
    const noVersion = await h.call(
      'POST',
      '/api/bureau/public-notices/00000000-0000-4000-8000-000000000000/publish',
      {
        cookie: approver.cookie,
        body: {},
      },
    );
    expect(noVersion.status).toBe(400);
  });
});

describe('closing a notice', () => {
  it('refuses before the period has ended', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const a = await approvedClaim(h);
    const notice = await published(h, approver.cookie, [a.id]);
    const res = await h.call('POST', `/api/bureau/public-notices/${notice.id}/close`, {
      cookie: approver.cookie,
      body: { version: notice.version },
    });
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.message).toContain('公示期尚未届满');
    expect(error.details).toEqual({ endsOn: notice.endsOn });
    expect(notice.actions).toEqual(['record_objection']);
  });

  it('awards every unheld claimant from the day after the period and schedules the instalments', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const a = await approvedClaim(h, '王五', { tier: 'master' });
    const notice = await ended(h, approver.cookie, [a.id]);
    const res = await h.call('POST', `/api/bureau/public-notices/${notice.id}/close`, {
      cookie: approver.cookie,
      body: { version: notice.version },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body & { result: closing.CloseResult };
    expect(body.result).toEqual({ awarded: 1, held: 0, linesScheduled: a.lines });
    expect(body.notice.state).toBe('closed');
    const after = await stateOf(h, a.id);
    expect(after.claim).toBe('awarded');
    expect(after.award.state).toBe('active');
    expect(after.award.start_date).toBe(todayInChina());
    // master: 30,000 in 2 yearly parts, 1,500 a month for 36 months
    expect(after.lines).toHaveLength(38);
    expect(after.lines.every((l) => l.state === 'scheduled')).toBe(true);
    expect(after.lines.reduce((s, l) => s + l.amount_fen, 0)).toBe(a.totalFen);
    expect(after.lines[0]?.due_date).toBe(todayInChina());
    expect(await h.auditOf(after.award.id, 'award.activate')).toHaveLength(1);
    expect(await h.auditOf(notice.id, 'public_notice.close')).toHaveLength(1);
  });

  it('schedules each instalment exactly once when two approvers close at the same moment', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const other = await h.bureau(['approver']);
    const a = await approvedClaim(h);
    const b = await approvedClaim(h);
    const notice = await ended(h, approver.cookie, [a.id, b.id]);
    const close = (cookie: string) =>
      h.call('POST', `/api/bureau/public-notices/${notice.id}/close`, {
        cookie,
        body: { version: notice.version },
      });
    const statuses = (await Promise.all([close(approver.cookie), close(other.cookie)]))
      .map((r) => r.status)
      .sort();
    expect(statuses).toEqual([200, 409]);
    // and the scheduler finding it afterwards does nothing more
    await closing.closeDueNotices(h.db, todayInChina(), ctx);
    for (const claim of [a, b]) expect((await stateOf(h, claim.id)).lines).toHaveLength(claim.lines);
    expect(await h.auditOf(notice.id, 'public_notice.close')).toHaveLength(1);
  });

  it('is done by the scheduler, as the system, once the period has ended', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const a = await approvedClaim(h);
    const notice = await published(h, approver.cookie, [a.id]);
    const endsOn = notice.endsOn ?? '';
    // on its last day the notice still hears objections
    await closing.closeDueNotices(h.db, endsOn, ctx);
    expect((await stateOf(h, a.id)).claim).toBe('in_public_notice');
    expect(await closing.closeDueNotices(h.db, addDays(endsOn, 1), ctx)).toBeGreaterThanOrEqual(1);
    const after = await stateOf(h, a.id);
    expect(after.claim).toBe('awarded');
    expect(after.award.start_date).toBe(addDays(endsOn, 1));
    const [audit] = await h.auditOf(notice.id, 'public_notice.close');
    expect(audit?.actor_id).toBeNull();
    // a closed notice does not close twice
    const again = await closing
      .closeNotice(h.db, systemActor, notice.id, null, ctx, addDays(endsOn, 2))
      .catch((e: unknown) => e);
    expect((again as { code?: string }).code).toBe('conflict');
  });
});

describe('objections', () => {
  async function objection(h: TestHarness, cookie: string, noticeId: string, claimId: string) {
    const res = await h.call('POST', `/api/bureau/public-notices/${noticeId}/objections`, {
      cookie,
      body: { claimId, source: 'phone', summary: '来电反映该人员未在本市实际工作' },
    });
    expect(res.status).toBe(201);
    const notice = ((await res.json()) as Body).notice;
    const open = notice.objections.find((o) => o.claimId === claimId && o.state === 'open');
    if (!open) throw new Error('objection not recorded');
    return { notice, objection: open };
  }

  it('holds the award at closing; dismissal afterwards releases it', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const reviewer = await h.bureau(['reviewer']);
    const held = await approvedClaim(h);
    const clear = await approvedClaim(h);
    const notice = await published(h, approver.cookie, [held.id, clear.id]);
    const { objection: o } = await objection(h, reviewer.cookie, notice.id, held.id);
    expect(o).toMatchObject({ source: 'phone', state: 'open', recordedBy: '测试工作人员' });
    expect(await h.auditOf(o.id, 'notice_objection.record')).toHaveLength(1);

    const today = todayInChina();
    await backdate(h, notice.id, addDays(today, -10), addDays(today, -1));
    // the period is over: no more objections
    const late = await h.call('POST', `/api/bureau/public-notices/${notice.id}/objections`, {
      cookie: reviewer.cookie,
      body: { claimId: clear.id, source: 'letter', summary: '迟到的来信' },
    });
    expect(late.status).toBe(409);

    const closed = await h.call('POST', `/api/bureau/public-notices/${notice.id}/close`, {
      cookie: approver.cookie,
      body: { version: notice.version },
    });
    expect(((await closed.json()) as { result: closing.CloseResult }).result).toMatchObject({
      awarded: 1,
      held: 1,
    });
    expect((await stateOf(h, clear.id)).claim).toBe('awarded');
    const still = await stateOf(h, held.id);
    expect(still).toMatchObject({ claim: 'in_public_notice', lines: [] });
    expect(still.award.state).toBe('pending');

    // only the approver decides, with a reason
    const byReviewer = await h.call('POST', `/api/bureau/notice-objections/${o.id}/resolution`, {
      cookie: reviewer.cookie,
      body: { decision: 'dismiss', reason: '经核实在本市就业', version: o.version },
    });
    expect(byReviewer.status).toBe(403);
    const noReason = await h.call('POST', `/api/bureau/notice-objections/${o.id}/resolution`, {
      cookie: approver.cookie,
      body: { decision: 'dismiss', reason: '', version: o.version },
    });
    expect(noReason.status).toBe(400);
    const dismissed = await h.call('POST', `/api/bureau/notice-objections/${o.id}/resolution`, {
      cookie: approver.cookie,
      body: { decision: 'dismiss', reason: '经核实该人员在本市就业并缴纳社保', version: o.version },
    });
    expect(dismissed.status).toBe(200);
    const released = await stateOf(h, held.id);
    expect(released.claim).toBe('awarded');
    expect(released.award).toMatchObject({ state: 'active', start_date: today });
    expect(released.lines).toHaveLength(held.lines);
    expect(await h.auditOf(o.id, 'notice_objection.dismiss')).toHaveLength(1);

    // decided once
    const twice = await h.call('POST', `/api/bureau/notice-objections/${o.id}/resolution`, {
      cookie: approver.cookie,
      body: { decision: 'uphold', reason: '再次处理', version: o.version + 1 },
    });
    expect(twice.status).toBe(409);
  });

  it('dismissed during the period, the award activates with the others at closing', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const a = await approvedClaim(h);
    const notice = await published(h, approver.cookie, [a.id]);
    const { objection: o } = await objection(h, approver.cookie, notice.id, a.id);
    const res = await h.call('POST', `/api/bureau/notice-objections/${o.id}/resolution`, {
      cookie: approver.cookie,
      body: { decision: 'dismiss', reason: '匿名来电,经核查不属实', version: o.version },
    });
    expect(res.status).toBe(200);
    expect((await stateOf(h, a.id)).claim).toBe('in_public_notice');
    const today = todayInChina();
    await backdate(h, notice.id, addDays(today, -10), addDays(today, -1));
    await closing.closeNotice(h.db, systemActor, notice.id, null, ctx, today);
    expect((await stateOf(h, a.id)).claim).toBe('awarded');
  });

  it('upheld, sends the claim back to review and cancels the award', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const a = await approvedClaim(h);
    const notice = await published(h, approver.cookie, [a.id]);
    const first = await objection(h, approver.cookie, notice.id, a.id);
    const second = await objection(h, approver.cookie, notice.id, a.id);
    const res = await h.call('POST', `/api/bureau/notice-objections/${first.objection.id}/resolution`, {
      cookie: approver.cookie,
      body: { decision: 'uphold', reason: '经核实劳动合同系伪造', version: first.objection.version },
    });
    expect(res.status).toBe(200);
    const body = ((await res.json()) as Body).notice;
    expect(body.objections.map((o) => o.state)).toEqual(['upheld', 'upheld']);
    expect(body.entries[0]?.outcome).toBe('returned');
    // nobody left undecided on the notice: nothing more to object to, nothing to resolve
    expect(body.actions).toEqual([]);
    const after = await stateOf(h, a.id);
    expect(after.claim).toBe('under_review');
    expect(after.award.state).toBe('cancelled');
    expect(after.lines).toEqual([]);
    expect(await h.auditOf(second.objection.id, 'notice_objection.uphold')).toHaveLength(1);
    expect(await h.auditOf(a.id, 'subsidy_claim.uphold_objection')).toHaveLength(1);
    const kinds = await h.db
      .selectFrom('notification')
      .select('kind')
      .where('user_id', '=', a.applicant.id)
      .orderBy('id')
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual([
      'notification.publicNotice.published',
      'notification.publicNotice.objection',
      'notification.publicNotice.objection',
      'notification.publicNotice.upheld',
    ]);
  });

  it('needs a source and names a claimant of this notice', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const a = await approvedClaim(h);
    const stranger = await approvedClaim(h);
    const notice = await published(h, approver.cookie, [a.id]);
    const noSource = await h.call('POST', `/api/bureau/public-notices/${notice.id}/objections`, {
      cookie: approver.cookie,
      body: { claimId: a.id, summary: '无来源' },
    });
    expect(noSource.status).toBe(400);
    expect((await errorOf(noSource)).details?.fields?.[0]?.path).toBe('source');
    const notListed = await h.call('POST', `/api/bureau/public-notices/${notice.id}/objections`, {
      cookie: approver.cookie,
      body: { claimId: stranger.id, source: 'visit', summary: '现场反映' },
    });
    expect(notListed.status).toBe(400);
    expect((await errorOf(notListed)).details?.fields?.[0]?.path).toBe('claimId');
  });
});

describe('the public page', () => {
  it('shows published notices to anyone, masked, and nothing of a draft', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const a = await approvedClaim(h, '司马相如');
    const notice = await published(h, approver.cookie, [a.id]);
    const draft = await draftOf(h, approver.cookie, [(await approvedClaim(h)).id]);

    const list = await h.call('GET', '/api/public/notices');
    expect(list.status).toBe(200);
    const items = ((await list.json()) as { items: { id: string; objectionContact: string }[] }).items;
    expect(items.map((i) => i.id)).toContain(notice.id);
    expect(items.map((i) => i.id)).not.toContain(draft.id);

    const res = await h.call('GET', `/api/public/notices/${notice.id}`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('司**如');
    expect(text).not.toContain('司马相如');
    expect(text).not.toContain(a.applicant.residentId ?? '-');
    expect(text).not.toContain(a.number);
    expect(text).not.toContain(a.id);
    const body = JSON.parse(text) as { notice: { totalFen: number; objectionContact: string } };
    expect(body.notice.totalFen).toBe(a.totalFen);
    expect(body.notice.objectionContact).toContain('异议');

    expect((await h.call('GET', `/api/public/notices/${draft.id}`)).status).toBe(404);
    expect((await h.call('GET', '/api/public/notices/nope')).status).toBe(404);
  });

  it('keeps a closed notice public for 90 days after its period, then no longer', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const recent = await ended(h, approver.cookie, [(await approvedClaim(h)).id]);
    const old = await ended(h, approver.cookie, [(await approvedClaim(h)).id]);
    const today = todayInChina();
    await backdate(h, old.id, addDays(today, -101), addDays(today, -91));
    for (const n of [recent, old]) await closing.closeNotice(h.db, systemActor, n.id, null, ctx, today);
    const items = ((await (await h.call('GET', '/api/public/notices')).json()) as { items: { id: string }[] })
      .items;
    expect(items.map((i) => i.id)).toContain(recent.id);
    expect(items.map((i) => i.id)).not.toContain(old.id);
    expect((await h.call('GET', `/api/public/notices/${old.id}`)).status).toBe(404);
    expect((await h.call('GET', `/api/public/notices/${recent.id}`)).status).toBe(200);
  });
});
