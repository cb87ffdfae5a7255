import type { Database } from '@talent/db';
import type { SettlementRoute, SettlementState, Tier } from '@talent/domain';
import { CompiledQuery, type ExpressionBuilder, type InferResult, sql } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the review queue. The page query is built here and nowhere else, so that
// the benchmark (test/bench/queue.bench.ts) times exactly the SQL the API runs.

export type QueueSort = 'dueOn' | 'submittedAt' | 'number';

/** What the queue is narrowed to; the service turns the request into this. */
export type QueueFilter = {
  /** Only these states; left out, every case that reached the bureau (all but drafts). */
  states?: readonly SettlementState[] | undefined;
  county?: string | undefined;
  route?: SettlementRoute | undefined;
  tier?: Tier | undefined;
  green?: boolean | undefined;
  /** Open cases whose deadline lies before this date (the last working day up to today). */
  overdue?: { before: string; awaitingStates: readonly SettlementState[] } | undefined;
  /** An exact application number, or applicants found by resident ID blind index or by exact name. */
  search?: { number: string } | { residentIdHmac: string } | { name: string } | undefined;
};

export type QueuePageOptions = {
  sort: QueueSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
};

type Eb = ExpressionBuilder<Database & { s: Database['settlement_application'] }, 's'>;

function applicants(eb: Eb, column: 'resident_id_hmac' | 'name', value: string) {
  return eb
    .selectFrom('app_user')
    .select('app_user.id')
    .where('app_user.kind', '=', 'applicant')
    .where(`app_user.${column}`, '=', value);
}

/** The WHERE clause shared by the page, its count and the per-state counts. */
function where(filter: QueueFilter) {
  return (eb: Eb) => {
    // What reached the bureau: submission sets submitted_at and nothing clears it, so drafts and
    // applications withdrawn while still drafts stay out (the predicate of the settlement_queue_all indexes).
    const reachedBureau = eb('s.submitted_at', 'is not', null);
    const states = filter.states;
    if (states?.length === 0) return eb.lit(false);
    const conditions = states ? [eb('s.state', 'in', [...states])] : [reachedBureau];
    if (states?.includes('withdrawn'))
      conditions.push(eb.or([eb('s.state', '<>', 'withdrawn'), reachedBureau]));
    if (filter.county) conditions.push(eb('s.county_code', '=', filter.county));
    if (filter.route) conditions.push(eb('s.route', '=', filter.route));
    if (filter.tier) conditions.push(eb('s.tier', '=', filter.tier));
    if (filter.green !== undefined) conditions.push(eb('s.green_channel', '=', filter.green));
    if (filter.overdue) {
      conditions.push(eb('s.state', 'in', [...filter.overdue.awaitingStates]));
      conditions.push(eb('s.due_on', '<', filter.overdue.before));
    }
    const search = filter.search;
    if (search && 'number' in search) conditions.push(eb('s.number', '=', search.number));
    // Applicants are found through app_user's indexes; the application keeps its applicant's id.
    if (search && 'residentIdHmac' in search) {
      conditions.push(
        eb('s.applicant_user_id', 'in', applicants(eb, 'resident_id_hmac', search.residentIdHmac)),
      );
    }
    if (search && 'name' in search) {
      conditions.push(eb('s.applicant_user_id', 'in', applicants(eb, 'name', search.name)));
    }
    return eb.and(conditions);
  };
}

// The orders the queue offers, as SQL over the alias `s`; the direction is one of two fixed words.
const orderings: Record<QueueSort, (dir: 'asc' | 'desc') => string> = {
  // Green-channel cases head every queue (policy.md "Green channel"; 二(一)5), then the deadline.
  dueOn: (dir) => `s.green_channel desc, s.due_on ${dir}, s.id ${dir}`,
  submittedAt: (dir) => `s.submitted_at ${dir}, s.id ${dir}`,
  number: (dir) => `s.number ${dir}`,
};

/**
 * One page of the queue. The page's ids are found first from the index alone (settlement_queue_idx
 * covers county, state, green channel, deadline and id), then only those rows are read and joined to
 * their applicant, so a deep page does not read every skipped row from the table.
 */
export function queuePageQuery(db: Db, filter: QueueFilter, options: QueuePageOptions) {
  const orderBy = sql.raw(orderings[options.sort](options.order === 'desc' ? 'desc' : 'asc'));
  const page = db
    .selectFrom('settlement_application as s')
    .select('s.id')
    .where(where(filter))
    .orderBy(orderBy)
    .limit(options.limit)
    .offset(options.offset);
  return db
    .selectFrom(page.as('p'))
    .innerJoin('settlement_application as s', 's.id', 'p.id')
    .innerJoin('app_user as u', 'u.id', 's.applicant_user_id')
    .select([
      's.id',
      's.number',
      'u.name as applicant_name',
      's.route',
      's.county_code',
      's.state',
      's.tier',
      's.green_channel',
      's.submitted_at',
      's.due_on',
    ])
    .orderBy(orderBy);
}

export type QueueRow = InferResult<ReturnType<typeof queuePageQuery>>[number];

/** Counting stops here: past it the planner's estimate stands in (docs/operations/review-queue.md). */
export const EXACT_COUNT_LIMIT = 10_000;

/** Matching rows, counted up to `limit + 1`: an index-only scan that never reads more than that. */
export function countQuery(db: Db, filter: QueueFilter, limit = EXACT_COUNT_LIMIT) {
  return db
    .selectFrom(
      db
        .selectFrom('settlement_application as s')
        .select('s.id')
        .where(where(filter))
        .limit(limit + 1)
        .as('c'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'));
}

export type QueueTotal = { total: number; estimated: boolean };

/** Exact up to `limit`; past it the planner's estimate, never below the limit + 1. */
export async function countQueue(
  db: Db,
  filter: QueueFilter,
  limit = EXACT_COUNT_LIMIT,
): Promise<QueueTotal> {
  const { n } = await countQuery(db, filter, limit).executeTakeFirstOrThrow();
  if (Number(n) <= limit) return { total: Number(n), estimated: false };
  const query = db.selectFrom('settlement_application as s').select('s.id').where(where(filter)).compile();
  const { rows } = await db.executeQuery<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
  );
  const estimate = Math.round(rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
  return { total: Math.max(estimate, limit + 1), estimated: true };
}
