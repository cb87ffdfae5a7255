import type { AwardState, ClawbackStage, PaymentLineState } from '@talent/domain';
import { sql } from 'kysely';
import { type Db, dbNow } from '../../platform/db.js';
import { personKeyOf } from '../../platform/persons.js';

// Every SQL statement of the clawback capability (departure, clawback; award and payment_line states).

const awardColumns = [
  'a.id',
  'a.applicant_user_id',
  'a.employer_id',
  'a.tier',
  'a.county_code',
  'a.policy_version_id',
  'a.state',
  sql<string | null>`a.start_date::text`.as('start_date'),
  sql<string | null>`a.service_ends_on::text`.as('service_ends_on'),
  'a.total_fen',
  'a.calculation',
  'a.version',
] as const;

/** The award (locked when asked); with `employerId`, only if that organisation is its employer. */
export function findAward(db: Db, id: string, options: { employerId?: string; lock?: boolean } = {}) {
  let q = db.selectFrom('award as a').select(awardColumns).where('a.id', '=', id);
  if (options.employerId !== undefined) q = q.where('a.employer_id', '=', options.employerId);
  if (options.lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export type AwardRow = NonNullable<Awaited<ReturnType<typeof findAward>>>;

export function updateAward(db: Db, id: string, state: AwardState) {
  return db
    .updateTable('award')
    .set((eb) => ({ state, version: eb('version', '+', 1), updated_at: dbNow }))
    .where('id', '=', id)
    .execute();
}

/** Stops the lines not yet paid nor with the bank: what the departure cancels. */
export function cancelOpenLines(db: Db, awardId: string) {
  return db
    .updateTable('payment_line')
    .set((eb) => ({
      state: 'cancelled' as const,
      version: eb('version', '+', 1),
      updated_at: dbNow,
    }))
    .where('award_id', '=', awardId)
    .where('state', 'in', ['scheduled', 'failed'])
    .returning(['line_key', 'amount_fen'])
    .execute();
}

export type LineSummary = { state: PaymentLineState; count: number; fen: number };

export async function lineSummary(db: Db, awardId: string): Promise<LineSummary[]> {
  const rows = await db
    .selectFrom('payment_line')
    .select((eb) => [
      'state',
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>('amount_fen').as('fen'),
    ])
    .where('award_id', '=', awardId)
    .groupBy('state')
    .execute();
  return rows.map((r) => ({ state: r.state, count: Number(r.count), fen: Number(r.fen) }));
}

export async function paidLineKeys(db: Db, awardId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('payment_line')
    .select('line_key')
    .where('award_id', '=', awardId)
    .where('state', '=', 'paid')
    .execute();
  return new Set(rows.map((r) => r.line_key));
}

export function insertDeparture(
  db: Db,
  row: {
    awardId: string;
    employerId: string;
    departedOn: string;
    withinCommitment: boolean;
    reportedBy: string;
  },
) {
  return db
    .insertInto('departure')
    .values({
      award_id: row.awardId,
      employer_id: row.employerId,
      departed_on: row.departedOn,
      within_commitment: row.withinCommitment,
      reported_by: row.reportedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** assessed_by_person: four eyes compare persons (decision 0008). */
export function findClawback(db: Db, awardId: string) {
  return db
    .selectFrom('clawback as c')
    .innerJoin('app_user as s', 's.id', 'c.assessed_by')
    .leftJoin('app_user as r', 'r.id', 'c.recorded_by')
    .leftJoin('app_user as w', 'w.id', 'c.waived_by')
    .select([
      'c.id',
      'c.amount_fen',
      'c.unserved_months',
      'c.calculation',
      'c.state',
      'c.assessed_by',
      's.name as assessed_by_name',
      personKeyOf('s').as('assessed_by_person'),
      'c.assessed_at',
      sql<string | null>`c.recovered_on::text`.as('recovered_on'),
      'r.name as recorded_by_name',
      'w.name as waived_by_name',
      'c.waive_reason',
    ])
    .where('c.award_id', '=', awardId)
    .executeTakeFirst();
}

export type ClawbackRow = NonNullable<Awaited<ReturnType<typeof findClawback>>>;

export function insertClawback(
  db: Db,
  row: {
    awardId: string;
    amountFen: number;
    unservedMonths: number;
    calculation: unknown;
    assessedBy: string;
  },
) {
  return db
    .insertInto('clawback')
    .values({
      award_id: row.awardId,
      amount_fen: row.amountFen,
      unserved_months: row.unservedMonths,
      calculation: JSON.stringify(row.calculation),
      state: 'due',
      assessed_by: row.assessedBy,
    })
    .execute();
}

export function settleClawback(
  db: Db,
  awardId: string,
  outcome:
    | { state: 'recovered'; recoveredOn: string; recordedBy: string }
    | { state: 'waived'; waivedBy: string; reason: string },
) {
  return db
    .updateTable('clawback')
    .set((eb) => ({
      ...(outcome.state === 'recovered'
        ? { state: 'recovered' as const, recovered_on: outcome.recoveredOn, recorded_by: outcome.recordedBy }
        : { state: 'waived' as const, waived_by: outcome.waivedBy, waive_reason: outcome.reason }),
      version: eb('version', '+', 1),
      updated_at: dbNow,
    }))
    .where('award_id', '=', awardId)
    .where('state', '=', 'due')
    .execute();
}

// The bureau's list: one row per departure within the commitment, whatever became of it.

const stageSql = sql<ClawbackStage>`case
  when a.state = 'stopped' then 'to_assess'
  when c.state is not null then c.state
  else 'closed' end`;

function departures(db: Db) {
  return db
    .selectFrom('departure as d')
    .innerJoin('award as a', 'a.id', 'd.award_id')
    .innerJoin('app_user as u', 'u.id', 'a.applicant_user_id')
    .innerJoin('employer as e', 'e.id', 'd.employer_id')
    .leftJoin('clawback as c', 'c.award_id', 'a.id')
    .where('d.within_commitment', '=', true);
}

const sortColumns = {
  departedOn: 'd.departed_on',
  reportedAt: 'd.reported_at',
  amount: 'c.amount_fen',
} as const;
export type ClawbackSort = keyof typeof sortColumns;

export async function listClawbacks(
  db: Db,
  options: {
    stage: ClawbackStage | undefined;
    sort: ClawbackSort;
    order: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
) {
  let base = departures(db);
  if (options.stage) base = base.where(stageSql, '=', options.stage);
  const rows = await base
    .select([
      'a.id as award_id',
      'u.name as applicant_name',
      'e.name as employer_name',
      'a.tier',
      'a.county_code',
      sql<string>`d.departed_on::text`.as('departed_on'),
      sql<string | null>`a.service_ends_on::text`.as('service_ends_on'),
      stageSql.as('stage'),
      'c.amount_fen',
      'c.unserved_months',
      'd.reported_at',
      'a.version',
    ])
    .orderBy(sortColumns[options.sort], options.order)
    .orderBy('a.id', 'asc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export async function stageCounts(db: Db): Promise<Record<string, number>> {
  const rows = await departures(db)
    .select([stageSql.as('stage'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(stageSql)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.stage, Number(r.n)]));
}

/** The departure of an award, with who reported it. */
export function findDeparture(db: Db, awardId: string) {
  return db
    .selectFrom('departure as d')
    .innerJoin('award as a', 'a.id', 'd.award_id')
    .innerJoin('app_user as u', 'u.id', 'a.applicant_user_id')
    .innerJoin('employer as e', 'e.id', 'd.employer_id')
    .innerJoin('app_user as r', 'r.id', 'd.reported_by')
    .select([
      'u.name as applicant_name',
      'e.name as employer_name',
      sql<string>`d.departed_on::text`.as('departed_on'),
      'd.within_commitment',
      'd.reported_at',
      'r.name as reporter_name',
    ])
    .where('d.award_id', '=', awardId)
    .executeTakeFirst();
}
