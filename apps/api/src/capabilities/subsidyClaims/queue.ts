import {
  type Actor,
  maskName,
  type SubsidyClaimState,
  subsidyClaimMachine,
  subsidyClaimStates,
  type Tier,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { requireMayCall } from '../../platform/permissions.js';
import { countsOf } from '../../platform/responses.js';
import * as repo from './repository.js';
import type { QueueItem } from './view.js';

// The bureau's claim queue (补贴申领 review work list): its pages and its tabs' counts, read-only —
// as the settlement queue is settlement/queue.ts.

export type QueueQuery = {
  page: number;
  pageSize: number;
  order?: 'asc' | 'desc' | undefined;
  q?: string | undefined;
  state?: readonly SubsidyClaimState[] | undefined;
  tier?: Tier | undefined;
  county?: string | undefined;
};

function requireQueueReader(actor: Actor): void {
  requireMayCall(actor, 'GET /api/subsidy-claims');
}

const CLAIM_NUMBER = /^QYBT-\d{4}-\d{1,12}$/i;

function filterOf(query: Omit<QueueQuery, 'page' | 'pageSize' | 'order'>): repo.QueueFilter {
  const q = query.q?.trim();
  return {
    states: query.state?.length ? query.state : undefined,
    tier: query.tier,
    county: query.county,
    search: q ? (CLAIM_NUMBER.test(q) ? { number: q.toUpperCase() } : { name: q }) : undefined,
  };
}

export async function listQueue(db: Db, actor: Actor, query: QueueQuery) {
  requireQueueReader(actor);
  const filter = filterOf(query);
  const [rows, total] = await Promise.all([
    repo.queuePage(db, filter, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
      order: query.order ?? 'asc',
    }),
    repo.countQueue(db, filter),
  ]);
  const items: QueueItem[] = rows.map((r) => ({
    id: r.id,
    number: r.number,
    applicantName: maskName(r.applicant_name),
    tier: r.tier,
    countyCode: r.county_code,
    state: r.state as SubsidyClaimState,
    holder: subsidyClaimMachine.holders[r.state as SubsidyClaimState] ?? null,
    submittedAt: r.submitted_at?.toISOString() ?? null,
    dueOn: r.due_on,
    totalFen: r.total_fen,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** The queue's tabs: every state but draft. */
export const queueTabStates = subsidyClaimStates.filter(
  (s): s is Exclude<SubsidyClaimState, 'draft'> => s !== 'draft',
);

/** Claims per state (every state but draft) under the same filters, for the queue's tabs. */
export async function countQueueTabs(
  db: Db,
  actor: Actor,
  query: Omit<QueueQuery, 'page' | 'pageSize' | 'order' | 'state'>,
) {
  requireQueueReader(actor);
  const counts = await repo.countByState(db, filterOf(query));
  return { counts: countsOf(queueTabStates, counts) };
}
