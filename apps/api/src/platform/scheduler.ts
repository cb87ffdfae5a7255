import { monthsBetween, systemActor, todayInChina } from '@talent/domain';
import { notify } from '../capabilities/notifications/service.js';
import { closeDueNotices } from '../capabilities/publicNotices/closing.js';
import { fireSettlementEvent } from '../capabilities/settlement/events.js';
import { alertOverdueGreenCases } from '../capabilities/settlement/greenChannel.js';
import { warnExpiringCards } from '../capabilities/talentCards/expiry.js';
import type { ServiceContext } from './context.js';
import { type Db, dbNow, inTransaction } from './db.js';
import { observeSchedulerRun } from './metrics.js';

type Ctx = Pick<ServiceContext, 'pii'>;
type DueReminder = { id: number; application_id: string; kind: string; due_on: string };

const REMINDER = 'employment_reminder:';
const WINDOW_CLOSE = 'employment_window_close';

/**
 * Sends the reminders that are due: before the employment-report window closes (at the months the
 * policy names, 二(一)4) the graduate is reminded in-app and by SMS; the day after it closes the case
 * records that it closed. Each reminder is taken in its own transaction with FOR UPDATE SKIP LOCKED,
 * so several API processes may run this at once and each reminder is handled exactly once.
 * Returns how many reminders were handled.
 */
export async function runDueReminders(db: Db, today: string, ctx: Ctx, limit = 1000): Promise<number> {
  let handled = 0;
  while (handled < limit) {
    const done = await inTransaction(db, async (trx) => {
      const reminder = await takeDue(trx, today);
      if (!reminder) return false;
      await handle(trx, reminder, today, ctx);
      await trx.updateTable('reminder').set({ sent_at: dbNow }).where('id', '=', reminder.id).execute();
      return true;
    });
    if (!done) break;
    handled += 1;
  }
  return handled;
}

async function takeDue(trx: Db, today: string): Promise<DueReminder | undefined> {
  return trx
    .selectFrom('reminder')
    .select(['id', 'application_id', 'kind', 'due_on'])
    .where('sent_at', 'is', null)
    .where('due_on', '<=', today)
    .orderBy('due_on')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst() as Promise<DueReminder | undefined>;
}

async function handle(trx: Db, reminder: DueReminder, today: string, ctx: Ctx): Promise<void> {
  const app = await trx
    .selectFrom('settlement_application')
    .select(['id', 'number', 'state', 'version', 'applicant_user_id', 'employment_report_closes_on'])
    .where('id', '=', reminder.application_id)
    .forUpdate()
    .executeTakeFirst();
  // Only a graduate still to report is reminded; a report made (or a case otherwise moved on) ends it.
  if (app?.state !== 'registered' || !app.employment_report_closes_on) return;
  const closesOn = app.employment_report_closes_on;
  if (reminder.kind.startsWith(REMINDER)) {
    if (today > closesOn) return;
    await notify(trx, {
      userId: app.applicant_user_id,
      kind: 'notification.settlement.employment_reminder',
      params: { number: app.number, closesOn, months: Math.max(1, monthsBetween(reminder.due_on, closesOn)) },
      entity: 'settlement_application',
      entityId: app.id,
    });
  } else if (reminder.kind === WINDOW_CLOSE && today > closesOn) {
    await fireSettlementEvent(
      trx,
      systemActor,
      { applicationId: app.id, event: 'close_employment_window', version: app.version },
      { requestId: null, pii: ctx.pii, today },
    );
  }
}

type Job = [name: string, run: (today: string) => Promise<unknown>];

/**
 * Every periodic job, in order. Each takes its due items one transaction at a time with FOR UPDATE
 * SKIP LOCKED and marks them in that transaction, so any number of processes may run these at once
 * and each due item is handled by exactly one of them (scheduler.test.ts runs two schedulers on two
 * connection pools against one database).
 * The green channel's alerts first: theirs is the one-working-day promise.
 */
function scheduledJobs(db: Db, ctx: Ctx): Job[] {
  return [
    // 绿色通道 cases past their one-working-day deadline: every reviewer told once
    ['green-channel alerts', (today) => alertOverdueGreenCases(db, today)],
    ['employment reminders', (today) => runDueReminders(db, today, ctx)],
    // 公示 periods that ended: unheld awards become active and their instalments are scheduled
    ['public notices', (today) => closeDueNotices(db, today, { requestId: null, pii: ctx.pii })],
    // 陇原人才服务卡 holders whose card expires within 60 days, warned once
    ['card expiry warnings', (today) => warnExpiringCards(db, today)],
  ];
}

/**
 * One pass over every job. Each job on its own: one that fails (logged by name, without data) must not
 * keep the others from running until the next interval. Returns the names of the jobs that failed.
 */
export async function runScheduledJobs(db: Db, ctx: Ctx, today: string): Promise<string[]> {
  const failed: string[] = [];
  for (const [name, job] of scheduledJobs(db, ctx)) {
    try {
      await job(today);
      observeSchedulerRun(name, 'ok');
    } catch (err) {
      observeSchedulerRun(name, 'failed');
      failed.push(name);
      console.error(`scheduler: ${name} failed (${err instanceof Error ? err.name : typeof err})`);
    }
  }
  return failed;
}

/**
 * Runs the periodic jobs shortly after start and then every SCHEDULER_INTERVAL_MS (10 minutes by
 * default; SCHEDULER=0 turns it off). Stops with the server. A failed job is retried next time.
 */
export function startScheduler(
  db: Db,
  ctx: Ctx,
  server: { once(event: 'close', listener: () => void): unknown },
): void {
  if (process.env.SCHEDULER === '0') return;
  const interval = Number(process.env.SCHEDULER_INTERVAL_MS) || 10 * 60 * 1000;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await runScheduledJobs(db, ctx, todayInChina());
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, interval);
  first.unref();
  timer.unref();
  server.once('close', () => {
    clearTimeout(first);
    clearInterval(timer);
  });
}
