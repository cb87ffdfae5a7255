import { describe, expect, it } from 'vitest';
import { registered } from '../capabilities/settlement/fixtures.js';
import { createTestHarness, testPii } from '../testing/index.js';
import { runDueReminders } from './scheduler.js';

const ctx = { pii: testPii };

describe('scheduler: employment-report reminders', () => {
  it('reminds at 6, 3 and 1 months before the window closes, each once, then records that it closed', async () => {
    const h = await createTestHarness();
    const { g, app } = await registered(h); // registered 2026-03-02: closes 2028-03-02
    const reminders = () =>
      h.db
        .selectFrom('notification')
        .select(['kind', 'params'])
        .where('user_id', '=', g.id)
        .where('kind', '=', 'notification.settlement.employment_reminder')
        .execute();

    // two processes at once: every due reminder is handled by exactly one of them
    await Promise.all([runDueReminders(h.db, '2027-09-02', ctx), runDueReminders(h.db, '2027-09-02', ctx)]);
    expect((await reminders()).map((r) => r.params)).toEqual([
      { number: app.number, closesOn: '2028-03-02', months: 6 },
    ]);
    await runDueReminders(h.db, '2028-02-15', ctx);
    expect((await reminders()).map((r) => (r.params as { months: number }).months)).toEqual([6, 3, 1]);
    const sms = await h.db.selectFrom('sms_outbox').select('template').where('user_id', '=', g.id).execute();
    expect(sms.filter((s) => s.template === 'notification.settlement.employment_reminder')).toHaveLength(3);

    await runDueReminders(h.db, '2028-03-02', ctx);
    expect(
      (
        await h.db
          .selectFrom('settlement_application')
          .select('state')
          .where('id', '=', app.id)
          .executeTakeFirstOrThrow()
      ).state,
    ).toBe('registered');
    await runDueReminders(h.db, '2028-03-03', ctx);
    const after = await h.db
      .selectFrom('settlement_application')
      .select(['state', 'version'])
      .where('id', '=', app.id)
      .executeTakeFirstOrThrow();
    expect(after.state).toBe('employment_window_missed');
    const audit = await h.auditOf(app.id, 'settlement.close_employment_window');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_id: null,
      details: { from: 'registered', to: 'employment_window_missed' },
    });
    // nothing left to do
    expect(await runDueReminders(h.db, '2030-01-01', ctx)).toBe(0);
  });

  it('stops reminding once employment is reported', async () => {
    const h = await createTestHarness();
    const { g, app } = await registered(h);
    const employer = await h.employerStaff({ status: 'verified' });
    const res = await h.call('POST', `/api/settlements/${app.id}/employment`, {
      cookie: g.cookie,
      body: {
        version: app.version,
        employerId: employer.employerId,
        contractStart: '2026-04-01',
        contractMonths: 24,
        position: '教师',
      },
    });
    expect(res.status).toBe(200);
    expect(await runDueReminders(h.db, '2028-03-03', ctx)).toBe(4);
    const kinds = await h.db.selectFrom('notification').select('kind').where('user_id', '=', g.id).execute();
    expect(kinds.map((k) => k.kind)).not.toContain('notification.settlement.employment_reminder');
    expect(
      (
        await h.db
          .selectFrom('settlement_application')
          .select('state')
          .where('id', '=', app.id)
          .executeTakeFirstOrThrow()
      ).state,
    ).toBe('employment_reported');
  });
});
