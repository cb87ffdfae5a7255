import { createDb } from '@talent/db';
import { testDatabaseUrl } from '@talent/db/testing';
import { addDays, addMonths, todayInChina } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { approvedClaim, backdate } from '../capabilities/publicNotices/fixtures.js';
import { createDraft, registered, step } from '../capabilities/settlement/fixtures.js';
import { cardHolder, greenDraft } from '../capabilities/settlement/greenChannel.fixtures.js';
import { createTestHarness, testPii } from '../testing/index.js';
import { runDueReminders, runScheduledJobs } from './scheduler.js';

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
    const res = await h.call('POST', `/api/settlements/${app.id}/events`, {
      cookie: g.cookie,
      body: {
        event: 'report_employment',
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

// Two API processes each run the scheduler; on PostgreSQL each gets its own connection pool here, as
// two processes would. Every due item must be handled once: one notification, one SMS, one close.
describe('scheduler: two instances on one database', () => {
  it('sends each reminder, alert and warning once and closes each notice once', async () => {
    const h = await createTestHarness();
    const today = todayInChina();
    const url = testDatabaseUrl();
    const second = url ? await createDb({ databaseUrl: url, poolSize: 3 }) : undefined;
    try {
      // a reminder due: registered 20 months ago, the window closes in 4, the 6-month reminder is due
      const { g } = await registered(h, addMonths(today, -20));
      // a green case past its deadline, and its holder's card expiring within 60 days
      const reviewer = await h.bureau(['reviewer']);
      const holder = await cardHolder(h, { expiryDate: addDays(today, 20) });
      const green = (await createDraft(h, holder as never, greenDraft(holder.cardNumber))) as never;
      const pulled = await step(h, reviewer, await step(h, holder as never, green, 'submit'), 'pull_back', {
        reason: '需人工复核',
      });
      await h.db
        .updateTable('settlement_application')
        .set({ due_on: addDays(today, -3) })
        .where('id', '=', pulled.id)
        .execute();
      // a notice whose period ended yesterday
      const approver = await h.bureau(['approver']);
      const claim = await approvedClaim(h);
      const draft = await h.call('POST', '/api/bureau/public-notices', {
        cookie: approver.cookie,
        body: { claimIds: [claim.id] },
      });
      const notice = ((await draft.json()) as { notice: { id: string; version: number } }).notice;
      const publish = await h.call('POST', `/api/bureau/public-notices/${notice.id}/publish`, {
        cookie: approver.cookie,
        body: { version: notice.version },
      });
      expect(publish.status).toBe(200);
      await backdate(h, notice.id, addDays(today, -10), addDays(today, -1));

      const dbs = [h.db, second?.db ?? h.db];
      const failed = await Promise.all(
        [0, 1, 2, 3].map((i) => runScheduledJobs(dbs[i % 2] as typeof h.db, ctx, today)),
      );
      expect(failed.flat()).toEqual([]);

      const count = async (table: 'notification' | 'sms_outbox', userId: string, kind: string) =>
        (
          await h.db
            .selectFrom(table)
            .select('id')
            .where('user_id', '=', userId)
            .where(table === 'notification' ? 'kind' : 'template', '=', kind)
            .execute()
        ).length;
      expect(await count('notification', g.id, 'notification.settlement.employment_reminder')).toBe(1);
      expect(await count('sms_outbox', g.id, 'notification.settlement.employment_reminder')).toBe(1);
      expect(
        await count('notification', reviewer.id, 'notification.settlement.green_overdue'),
      ).toBeGreaterThan(0);
      const alerts = await h.db
        .selectFrom('notification')
        .select('id')
        .where('user_id', '=', reviewer.id)
        .where('entity_id', '=', pulled.id)
        .execute();
      expect(alerts).toHaveLength(1);
      expect(await count('notification', holder.id, 'notification.talentCard.expiring')).toBe(1);
      expect(await h.auditOf(notice.id, 'public_notice.close')).toHaveLength(1);
      const lines = await h.db
        .selectFrom('payment_line as l')
        .innerJoin('award as a', 'a.id', 'l.award_id')
        .select('l.id')
        .where('a.claim_id', '=', claim.id)
        .execute();
      expect(lines).toHaveLength(claim.lines);
    } finally {
      await second?.close();
    }
  });
});
