import { sql } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the subsidy statistics: aggregates over award and payment_line.

export type StatisticsGroup = 'tier' | 'county' | 'month';

// Awards that exist for the money: past 复审 and not cancelled after an upheld objection.
const countedAwardStates = ['pending', 'active', 'completed', 'stopped', 'clawback_due', 'closed'] as const;

/** Awards started in the period, by group. */
export async function awardCounts(db: Db, groupBy: StatisticsGroup, from: string, to: string) {
  const key =
    groupBy === 'tier'
      ? sql<string>`a.tier`
      : groupBy === 'county'
        ? sql<string>`a.county_code`
        : sql<string>`to_char(coalesce(a.start_date, a.created_at::date), 'YYYY-MM')`;
  const rows = await db
    .selectFrom('award as a')
    .select([
      key.as('key'),
      (eb) => eb.fn.countAll<number>().as('awards'),
      (eb) => eb.fn.sum<number>('a.total_fen').as('awarded_fen'),
    ])
    .where('a.state', 'in', countedAwardStates)
    .where(sql<string>`coalesce(a.start_date, a.created_at::date)`, '>=', from)
    .where(sql<string>`coalesce(a.start_date, a.created_at::date)`, '<=', to)
    .groupBy(key)
    .execute();
  return rows.map((r) => ({ key: r.key, awards: Number(r.awards), awardedFen: Number(r.awarded_fen ?? 0) }));
}

/** Instalments falling due in the period, by group: everything not cancelled, and what is paid. */
export async function lineSums(db: Db, groupBy: StatisticsGroup, from: string, to: string) {
  const key =
    groupBy === 'tier'
      ? sql<string>`a.tier`
      : groupBy === 'county'
        ? sql<string>`a.county_code`
        : sql<string>`to_char(l.due_date, 'YYYY-MM')`;
  const rows = await db
    .selectFrom('payment_line as l')
    .innerJoin('award as a', 'a.id', 'l.award_id')
    .select([
      key.as('key'),
      sql<number>`coalesce(sum(l.amount_fen) filter (where l.state <> 'cancelled'), 0)`.as('scheduled_fen'),
      sql<number>`coalesce(sum(l.amount_fen) filter (where l.state = 'paid'), 0)`.as('paid_fen'),
      sql<number>`coalesce(sum(l.amount_fen) filter (where l.state = 'failed'), 0)`.as('failed_fen'),
      sql<number>`coalesce(sum(l.amount_fen) filter (where l.state = 'cancelled'), 0)`.as('cancelled_fen'),
    ])
    .where('l.due_date', '>=', from)
    .where('l.due_date', '<=', to)
    .groupBy(key)
    .execute();
  return rows.map((r) => ({
    key: r.key,
    scheduledFen: Number(r.scheduled_fen),
    paidFen: Number(r.paid_fen),
    failedFen: Number(r.failed_fen),
    cancelledFen: Number(r.cancelled_fen),
  }));
}
