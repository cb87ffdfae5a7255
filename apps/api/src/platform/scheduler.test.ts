import { describe, expect, it } from 'vitest';
import { registered } from '../capabilities/settlement/fixtures.js';
import { createTestHarness, testPii } from '../testing/index.js';
import { runDueReminders } from './scheduler.js';

const ctx = { pii: testPii };

// The scheduler takes every due reminder in the database, which other tests share. These cases are
// registered in 2023, so the dates run here (up to mid-2025) reach no other test's reminders.
describe('scheduler: employment-report reminders', () => {
  it('reminds at 6, 3 and 1 months before the window closes, each once, then records that it closed', async () => {
    const h = await createTestHarness();
    const { g, app } = await registered(h, '2023-06-01'); // the window closes 2025-06-01
    const reminders = () =>
      h.db
        .selectFrom('notification')
        .select(['kind', 'params'])
        .where('user_id', '=', g.id)
        .where('kind', '=', 'notification.settlement.employment_reminder')
        .orderBy('id')
        .execute();

    // two processes at once: every due reminder is handled by exactly one of them
    await Promise.all([runDueReminders(h.db, '2024-12-01', ctx), runDueReminders(h.db, '2024-12-01', ctx)]);
    expect((await reminders()).map((r) => r.params)).toEqual([
      { number: app.number, closesOn: '2025-06-01', months: 6 },
    ]);
    await runDueReminders(h.db, '2025-05-15', ctx);
    expect((await reminders()).map((r) => (r.params as { months: number }).months)).toEqual([6, 3, 1]);
    const sms = await h.db.selectFrom('sms_outbox').select('template').where('user_id', '=', g.id).execute();
    expect(sms.filter((s) => s.template === 'notification.settlement.employment_reminder')).toHaveLength(3);

    await runDueReminders(h.db, '2025-06-01', ctx);
    const state = () =>
      h.db
        .selectFrom('settlement_application')
        .select('state')
        .where('id', '=', app.id)
        .executeTakeFirstOrThrow();
    expect((await state()).state).toBe('registered');
    await runDueReminders(h.db, '2025-06-02', ctx);
    expect((await state()).state).toBe('employment_window_missed');
    const audit = await h.auditOf(app.id, 'settlement.close_employment_window');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: null,
      details: { from: 'registered', to: 'employment_window_missed' },
    });
    const open = await h.db
      .selectFrom('reminder')
      .select('id')
      .where('application_id', '=', app.id)
      .where('sent_at', 'is', null)
      .execute();
    expect(open).toEqual([]);
  });

  it('stops reminding once employment is reported', async () => {
    const h = await createTestHarness();
    const { g, app } = await registered(h, '2023-07-03');
    const employer = await h.employerStaff({ status: 'verified' });
    const res = await h.call('POST', `/api/settlements/${app.id}/employment`, {
      cookie: g.cookie,
      body: {
        version: app.version,
        employerId: employer.employerId,
        contractStart: '2023-08-01',
        contractMonths: 24,
        position: '教师',
      },
    });
    // the window is checked against today, which is long past 2025: the report comes too late here
    expect(res.status).toBe(409);
    await h.db
      .updateTable('settlement_application')
      .set({ state: 'employment_reported' })
      .where('id', '=', app.id)
      .execute();
    await runDueReminders(h.db, '2025-07-04', ctx);
    const kinds = await h.db.selectFrom('notification').select('kind').where('user_id', '=', g.id).execute();
    expect(kinds.map((k) => k.kind)).not.toContain('notification.settlement.employment_reminder');
    const after = await h.db
      .selectFrom('settlement_application')
      .select('state')
      .where('id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(after.state).toBe('employment_reported');
  });
});
