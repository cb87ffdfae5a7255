import type { Database } from '@talent/db';
import type { Tier } from '@talent/domain';
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../platform/db.js';

// Every SQL statement of the review queue. The page query is built here and nowhere else, so that
// the benchmark (test/bench/queue.bench.ts) times exactly the SQL the API runs.

export type QueueSort = 'dueOn' | 'submittedAt' | 'number';

/** What the queue is narrowed to; the service turns the request into this. */
export type QueueFilter = {
  /** Never empty: the service fills in every state the bureau may see when none is asked for. */
  states: readonly string[];
  county?: string | undefined;
  route?: string | undefined;
  tier?: Tier | undefined;
  green?: boolean | undefined;
  /** Open cases whose deadline lies before this date (the last working day up to today). */
  overdue?: { before: string; awaitingStates: readonly string[] } | undefined;
  /** An exact application number, or applicants found by resident ID blind index or by exact name. */
  search?: { number: string } | { residentIdHmac: string } | { name: string } | undefined;
};

export type QueuePageOptions = {
  sort: QueueSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
};

export type QueueRow = {
  id: string;
  number: string;
  applicant_name: string;
  route: string;
  county_code: string;
  state: string;
  tier: string | null;
  green_channel: boolean;
  submitted_at: Date | null;
  due_on: string | null;
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
    // No visible state asked for (only drafts): nothing matches.
    if (filter.states.length === 0) return eb.lit(false);
    const conditions = [eb('s.state', 'in', [...filter.states])];
    // An application withdrawn while still a draft never reached the bureau.
    if (filter.states.includes('withdrawn')) {
      conditions.push(eb.or([eb('s.state', '<>', 'withdrawn'), eb('s.submitted_at', 'is not', null)]));
    }
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

/**
 * One page of the queue. The page's ids are found first from the index alone (settlement_queue_idx
 * covers county, state, green channel, deadline and id), then only those rows are read and joined to
 * their applicant, so a deep page does not read every skipped row from the table.
 */
export function queuePageQuery(db: Db, filter: QueueFilter, options: QueuePageOptions) {
  const dir = options.order;
  let ids = db.selectFrom('settlement_application as s').select('s.id').where(where(filter));
  switch (options.sort) {
    case 'dueOn':
      // Green-channel cases head every queue (policy.md "Green channel"; 二(一)5), then the deadline.
      ids = ids.orderBy('s.green_channel', 'desc').orderBy('s.due_on', dir).orderBy('s.id', dir);
      break;
    case 'submittedAt':
      ids = ids.orderBy('s.submitted_at', dir).orderBy('s.id', dir);
      break;
    case 'number':
      ids = ids.orderBy('s.number', dir);
      break;
  }
  const page = ids.limit(options.limit).offset(options.offset);
  let query = db
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
    ]);
  switch (options.sort) {
    case 'dueOn':
      query = query.orderBy('s.green_channel', 'desc').orderBy('s.due_on', dir).orderBy('s.id', dir);
      break;
    case 'submittedAt':
      query = query.orderBy('s.submitted_at', dir).orderBy('s.id', dir);
      break;
    case 'number':
      query = query.orderBy('s.number', dir);
      break;
  }
  return query.$castTo<QueueRow>();
}

export function countQuery(db: Db, filter: QueueFilter) {
  return db
    .selectFrom('settlement_application as s')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(where(filter));
}

export async function countQueue(db: Db, filter: QueueFilter): Promise<number> {
  const row = await countQuery(db, filter).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Cases per state among `filter.states` (the work-queue tabs), under the other filters. */
export async function countByState(db: Db, filter: QueueFilter): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('settlement_application as s')
    .select(['s.state', (eb) => eb.fn.countAll<number>().as('n')])
    .where(where(filter))
    .groupBy('s.state')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}
