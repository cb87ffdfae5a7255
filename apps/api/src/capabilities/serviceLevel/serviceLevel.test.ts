import { createScratchDb, type ScratchDb } from '@talent/db/testing';
import { addDays, type SettlementState, todayInChina } from '@talent/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, testPii, unique } from '../../testing/index.js';
import { serviceLevel } from './service.js';

const bureau = {
  userId: '00000000-0000-4000-8000-000000000001',
  kind: 'bureau' as const,
  roles: ['auditor' as const],
};

/** A case straight into the table: the dashboard reads only these columns. */
async function insertCase(
  scratch: ScratchDb,
  c: { green: boolean; state: SettlementState; submittedAt: string; decidedAt?: string; dueOn?: string },
) {
  const user = await scratch.db
    .insertInto('app_user')
    .values({ kind: 'applicant', login: unique('1'), name: '测试', password_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await scratch.db
    .insertInto('settlement_application')
    .values({
      number: unique('SL'),
      applicant_user_id: user.id,
      resident_id_hmac: testPii.blindIndex(unique('id')),
      route: 'graduate',
      state: c.state,
      settle_at: 'talent_centre_collective',
      county_code: '621002',
      green_channel: c.green,
      submitted_at: new Date(c.submittedAt),
      decided_at: c.decidedAt ? new Date(c.decidedAt) : null,
      due_on: c.dueOn ?? null,
    })
    .execute();
}

describe('service level', () => {
  let scratch: ScratchDb;
  const today = '2026-03-16'; // a Monday
  beforeAll(async () => {
    scratch = await createScratchDb();
    // Open: green due today and overdue, ordinary due later and overdue; a returned case is not open.
    await insertCase(scratch, {
      green: true,
      state: 'submitted',
      submittedAt: '2026-03-13T02:00:00Z',
      dueOn: today,
    });
    await insertCase(scratch, {
      green: true,
      state: 'under_review',
      submittedAt: '2026-03-11T02:00:00Z',
      dueOn: '2026-03-12',
    });
    await insertCase(scratch, {
      green: false,
      state: 'submitted',
      submittedAt: '2026-03-16T02:00:00Z',
      dueOn: '2026-03-23',
    });
    await insertCase(scratch, {
      green: false,
      state: 'under_review',
      submittedAt: '2026-03-02T02:00:00Z',
      dueOn: '2026-03-09',
    });
    await insertCase(scratch, {
      green: false,
      state: 'returned',
      submittedAt: '2026-03-02T02:00:00Z',
      dueOn: '2026-03-09',
    });
    // Decided in February: green the same day (instant) and the next working day; ordinary 3 and 5 days.
    await insertCase(scratch, {
      green: true,
      state: 'approved',
      submittedAt: '2026-02-24T01:00:00Z',
      decidedAt: '2026-02-24T01:00:01Z',
    });
    await insertCase(scratch, {
      green: true,
      state: 'registered',
      submittedAt: '2026-02-24T01:00:00Z',
      decidedAt: '2026-02-25T09:00:00Z',
    });
    await insertCase(scratch, {
      green: false,
      state: 'approved',
      submittedAt: '2026-02-02T01:00:00Z',
      decidedAt: '2026-02-05T03:00:00Z',
    });
    await insertCase(scratch, {
      green: false,
      state: 'rejected',
      submittedAt: '2026-02-02T01:00:00Z',
      decidedAt: '2026-02-09T03:00:00Z',
    });
    // 23:30 on 28 February in China is still February; decided at 00:30 China time on 1 March is March.
    await insertCase(scratch, {
      green: false,
      state: 'approved',
      submittedAt: '2026-02-26T01:00:00Z',
      decidedAt: '2026-02-28T15:30:00Z',
    });
    await insertCase(scratch, {
      green: true,
      state: 'approved',
      submittedAt: '2026-02-27T01:00:00Z',
      decidedAt: '2026-02-28T16:30:00Z',
    });
  });
  afterAll(() => scratch.dispose());

  it('counts open, due-today and overdue cases, green against ordinary', async () => {
    const result = await serviceLevel(scratch.db, bureau, { from: '2026-02-01', to: '2026-03-31' }, today);
    expect(result).toMatchObject({
      open: { green: 2, ordinary: 2 },
      dueToday: { green: 1, ordinary: 0 },
      overdue: { green: 1, ordinary: 1 },
    });
  });

  it('medians working days from submission to decision, by the month of the decision in China', async () => {
    const result = await serviceLevel(scratch.db, bureau, { from: '2026-02-01', to: '2026-03-31' }, today);
    // Saturday 28 Feb 2026 is a declared working day (Spring Festival 调休). green: 0, 1 (Feb) and
    // 27 Feb → 1 Mar = 1 → [0, 1, 1]; ordinary: 3, 5 and 26 Feb → 28 Feb = 2 → [2, 3, 5].
    expect(result.median).toEqual({ green: { median: 1, decided: 3 }, ordinary: { median: 3, decided: 3 } });
    expect(result.byMonth).toEqual([
      { month: '2026-02', green: { median: 0.5, decided: 2 }, ordinary: { median: 3, decided: 3 } },
      { month: '2026-03', green: { median: 1, decided: 1 }, ordinary: { median: null, decided: 0 } },
    ]);
  });

  it('defaults to the last 12 months and keeps a chart row for every month', async () => {
    const result = await serviceLevel(scratch.db, bureau, {}, today);
    expect(result.from).toBe('2025-04-01');
    expect(result.to).toBe(today);
    expect(result.byMonth.map((m) => m.month)).toHaveLength(12);
    expect(result.byMonth.at(-1)?.month).toBe('2026-03');
  });
});

describe('service level over HTTP', () => {
  it('answers bureau staff, refuses everyone else, and validates the period', async () => {
    const h = await createTestHarness();
    expect((await h.call('GET', '/api/service-level')).status).toBe(401);
    for (const who of [await h.applicant(), await h.employerStaff()]) {
      expect((await h.call('GET', '/api/service-level', { cookie: who.cookie })).status).toBe(403);
    }
    const auditor = await h.bureau(['auditor']);
    const ok = await h.call('GET', '/api/service-level', { cookie: auditor.cookie });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { to: string }).to).toBe(todayInChina());
    const backwards = await h.call('GET', '/api/service-level?from=2026-03-01&to=2026-02-01', {
      cookie: auditor.cookie,
    });
    expect((await errorOf(backwards)).details?.fields?.map((f) => f.code)).toEqual([
      'validation.serviceLevel.range',
    ]);
    const long = await h.call('GET', `/api/service-level?from=2020-01-01&to=${addDays('2020-01-01', 800)}`, {
      cookie: auditor.cookie,
    });
    expect((await errorOf(long)).details?.fields?.map((f) => f.code)).toEqual([
      'validation.serviceLevel.span',
    ]);
    const bad = await h.call('GET', '/api/service-level?from=2026-02-30', { cookie: auditor.cookie });
    expect((await errorOf(bad)).details?.fields?.map((f) => `${f.path}:${f.code}`)).toEqual([
      'from:validation.date.invalid',
    ]);
  });
});
