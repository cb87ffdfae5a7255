import {
  type Actor,
  addWorkingDays,
  type Holder,
  type IsoDate,
  isWorkingDay,
  maskName,
  parseResidentId,
  type SettlementRoute,
  type SettlementState,
  settlementMachine,
  settlementStates,
  type Tier,
  todayInChina,
  type WorkingDayCalendar,
  workingDaysBetween,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { requireMayCall } from '../../platform/permissions.js';
import type { Pii } from '../../platform/pii.js';
import { countsOf } from '../../platform/responses.js';
import { loadCalendar } from '../calendar/service.js';
import * as repo from './queueRepository.js';

/** Everything that reached the bureau: a draft is the applicant's own business until it is submitted. */
export const visibleStates: readonly SettlementState[] = settlementStates.filter((s) => s !== 'draft');

/** The states in which the bureau holds the case: the work tabs of reviewers and registrars. */
export const bureauHeldStates: readonly SettlementState[] = settlementStates.filter((s) =>
  (['reviewer', 'approver', 'registrar'] as readonly Holder[]).includes(settlementMachine.holders[s]),
);

/**
 * The states in which the case awaits the bureau's decision, so its service deadline runs (二(一)5:
 * 5 working days ordinarily, 1 in the green channel). A returned case waits for the applicant, a
 * decided one for nobody's deadline: neither is overdue.
 */
export const awaitingDecision: readonly SettlementState[] = settlementStates.filter((s) =>
  (['reviewer', 'approver'] as readonly Holder[]).includes(settlementMachine.holders[s]),
);

export type QueueQuery = {
  page: number;
  pageSize: number;
  sort?: repo.QueueSort | undefined;
  order?: 'asc' | 'desc' | undefined;
  q?: string | undefined;
  route?: SettlementRoute | undefined;
  county?: string | undefined;
  state?: readonly SettlementState[] | undefined;
  tier?: Tier | undefined;
  overdue?: boolean | undefined;
  green?: boolean | undefined;
};

export type QueueItem = {
  id: string;
  number: string;
  /** Masked (张*丰): the queue shows who, the case page reveals more to those who need it. */
  applicantName: string;
  route: string;
  countyCode: string;
  state: SettlementState;
  tier: string | null;
  greenChannel: boolean;
  submittedAt: string | null;
  dueOn: string | null;
  /** Working days past the deadline while the bureau holds the case; 0 when on time or not open. */
  overdueWorkingDays: number;
  holder: Holder;
};

export type QueuePage = {
  items: QueueItem[];
  total: number;
  /** True when the total is the planner's estimate (more than EXACT_COUNT_LIMIT cases match). */
  totalEstimated: boolean;
  page: number;
  pageSize: number;
};
export type QueueCounts = { counts: Record<SettlementState, number>; overdue: number; limit: number };

/** Who works the settlement queue (the auditor reads it): the permission table's readers of the list. */
export function requireQueueReader(actor: Actor): void {
  requireMayCall(actor, 'GET /api/bureau/settlements');
}

/** The last working day up to `today`: a case due before it has missed at least one working day. */
export function overdueCutoff(calendar: WorkingDayCalendar, today: IsoDate): IsoDate {
  return isWorkingDay(calendar, today) ? today : addWorkingDays(calendar, today, -1);
}

export function overdueWorkingDays(
  calendar: WorkingDayCalendar,
  state: string,
  dueOn: IsoDate | null,
  today: IsoDate,
): number {
  if (!dueOn || !(awaitingDecision as readonly string[]).includes(state)) return 0;
  return Math.max(0, workingDaysBetween(calendar, dueOn, today));
}

/** Turns the request into the repository's filter; `states` narrows what is asked for to what may be seen. */
export function queueFilter(
  query: Omit<QueueQuery, 'page' | 'pageSize' | 'sort' | 'order'>,
  context: { calendar: WorkingDayCalendar; today: IsoDate; pii: Pick<Pii, 'blindIndex'> },
): repo.QueueFilter {
  return {
    // what was asked for, less drafts (never the bureau's); nothing asked for: all of the queue
    states: query.state?.length ? visibleStates.filter((s) => query.state?.includes(s)) : undefined,
    county: query.county,
    route: query.route,
    tier: query.tier,
    green: query.green,
    overdue: query.overdue
      ? { before: overdueCutoff(context.calendar, context.today), awaitingStates: awaitingDecision }
      : undefined,
    search: query.q ? searchFor(query.q, context.pii) : undefined,
  };
}

const APPLICATION_NUMBER = /^[A-Z0-9-]{4,40}$/i;

/** A resident ID is looked up by its blind index (never stored in clear); a number exactly; else a name. */
function searchFor(q: string, pii: Pick<Pii, 'blindIndex'>): repo.QueueFilter['search'] {
  const id = parseResidentId(q);
  if (id.ok) return { residentIdHmac: pii.blindIndex(id.value.id) };
  if (APPLICATION_NUMBER.test(q)) return { number: q.toUpperCase() };
  return { name: q };
}

export async function listQueue(db: Db, actor: Actor, query: QueueQuery, pii: Pii): Promise<QueuePage> {
  requireQueueReader(actor);
  const today = todayInChina();
  const calendar = await loadCalendar(db);
  const filter = queueFilter(query, { calendar, today, pii });
  const [rows, { total, estimated }] = await Promise.all([
    repo
      .queuePageQuery(db, filter, {
        sort: query.sort ?? 'dueOn',
        order: query.order ?? 'asc',
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      })
      .execute(),
    repo.countQueue(db, filter),
  ]);
  return {
    items: rows.map((row) => toItem(row, calendar, today)),
    total,
    totalEstimated: estimated,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Cases per bureau-held state (the work tabs) and overdue ones, under the same filters but state.
 * Each is counted up to `limit` + 1, so the tabs stay cheap however large the queue: a count above
 * `limit` reads "more than limit".
 */
export async function countQueueTabs(
  db: Db,
  actor: Actor,
  query: Omit<QueueQuery, 'page' | 'pageSize' | 'sort' | 'order' | 'state' | 'overdue'>,
  pii: Pii,
): Promise<QueueCounts> {
  requireQueueReader(actor);
  const today = todayInChina();
  const calendar = await loadCalendar(db);
  const filter = queueFilter(query, { calendar, today, pii });
  const count = async (f: repo.QueueFilter) =>
    Number((await repo.countQuery(db, f).executeTakeFirstOrThrow()).n);
  const [byState, overdue] = await Promise.all([
    Promise.all(bureauHeldStates.map(async (state) => [state, await count({ ...filter, states: [state] })])),
    count({
      ...filter,
      states: awaitingDecision,
      overdue: { before: overdueCutoff(calendar, today), awaitingStates: awaitingDecision },
    }),
  ]);
  return {
    counts: countsOf(bureauHeldStates, Object.fromEntries(byState)),
    overdue,
    limit: repo.EXACT_COUNT_LIMIT,
  };
}

function toItem(row: repo.QueueRow, calendar: WorkingDayCalendar, today: IsoDate): QueueItem {
  const state = row.state as SettlementState;
  return {
    id: row.id,
    number: row.number,
    applicantName: maskName(row.applicant_name),
    route: row.route,
    countyCode: row.county_code,
    state,
    tier: row.tier,
    greenChannel: row.green_channel,
    submittedAt: row.submitted_at ? row.submitted_at.toISOString() : null,
    dueOn: row.due_on,
    overdueWorkingDays: overdueWorkingDays(calendar, state, row.due_on, today),
    holder: settlementMachine.holders[state] ?? null,
  };
}
