import type { DecisionDays } from '@talent/domain';
import { sql } from 'kysely';
import type { Db } from '../../platform/db.js';

// Plain aggregates over settlement_application. The open counts read the partial "awaiting" index
// (state in submitted/under_review); the decided cases are grouped by the calendar days (China time)
// of submission and decision, so what leaves the database is at most a few thousand (route, day,
// day) pairs however many cases there are. Working days are counted from the bureau's calendar in
// the domain, per pair — computing them in SQL would need the calendar as a table of every day.

const chinaDay = (column: string) =>
  sql<string>`((${sql.ref(column)} at time zone 'UTC') + interval '8 hours')::date`;

export type OpenCounts = { green: boolean; open: number; due_today: number; overdue: number };

export async function openCounts(db: Db, today: string): Promise<OpenCounts[]> {
  const { rows } = await sql<OpenCounts>`
    select green_channel as green,
           count(*)::int as open,
           (count(*) filter (where due_on = ${today}::date))::int as due_today,
           (count(*) filter (where due_on < ${today}::date))::int as overdue
    from settlement_application
    where state in ('submitted', 'under_review')
    group by green_channel`.execute(db);
  return rows;
}

/** Decided cases (decision day within [from, to]) grouped by route, submission day and decision day. */
export async function decisionDays(db: Db, from: string, to: string): Promise<DecisionDays[]> {
  const { rows } = await sql<{ green: boolean; submitted_on: string; decided_on: string; count: number }>`
    select green_channel as green,
           ${chinaDay('submitted_at')}::text as submitted_on,
           ${chinaDay('decided_at')}::text as decided_on,
           count(*)::int as count
    from settlement_application
    where decided_at is not null and submitted_at is not null
      and decided_at >= (${from}::date - interval '8 hours')
      and decided_at < (${to}::date + interval '1 day' - interval '8 hours')
    group by 1, 2, 3`.execute(db);
  return rows.map((r) => ({
    green: r.green,
    submittedOn: r.submitted_on,
    decidedOn: r.decided_on,
    count: r.count,
  }));
}
