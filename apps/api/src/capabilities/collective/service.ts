import {
  type Actor,
  type CollectiveStatus,
  type EmployerAction,
  type EmployerDecline,
  maskName,
  type PageQuery,
  type SettlementState,
  type Tier,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, assertCurrentVersion, conflict, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { employerOf, lockVerifiedEmployer } from '../employers/access.js';
import { collectiveMembers } from '../employers/repository.js';
import { notify } from '../notifications/service.js';
import { instantApprovalIfDue } from '../settlement/events.js';
import * as repo from './repository.js';

/** A graduate asking to join the organisation's collective household, as the employer sees it. */
export type CollectiveRequest = {
  applicationId: string;
  number: string;
  /** masked: 张*丰 */
  name: string;
  tier: Tier | null;
  school: string | null;
  graduationDate: string | null;
  requestedAt: string | null;
  status: CollectiveStatus;
  reason: string | null;
  decidedAt: string | null;
  /** A talent-card holder's green-channel case (二(一)5): first in the list, decided within a working day. */
  greenChannel: boolean;
  /** The application's own state: answers are taken only while it is open. */
  state: SettlementState;
  /** Send it back with accept/decline; a stale one is refused with the current state. */
  version: number;
  canDecide: boolean;
};
export type CollectiveRequestPage = {
  items: CollectiveRequest[];
  total: number;
  page: number;
  pageSize: number;
};
export type CollectiveQuery = Omit<PageQuery, 'sort' | 'q'> & {
  sort?: repo.RequestSort | undefined;
  status?: CollectiveStatus | undefined;
};

// The employer answers while the bureau has not decided yet (二(二)4): afterwards the answer is part
// of the decision.
const openStates: readonly SettlementState[] = ['submitted', 'under_review', 'returned'];

function canDecide(row: repo.RequestRow): boolean {
  return row.collective_status === 'pending' && openStates.includes(row.state);
}

function toRequest(row: repo.RequestRow): CollectiveRequest {
  return {
    applicationId: row.id,
    number: row.number,
    name: maskName(row.applicant_name),
    tier: row.tier,
    school: row.school,
    graduationDate: row.graduation_date,
    requestedAt: row.submitted_at?.toISOString() ?? null,
    status: row.collective_status,
    reason: row.collective_reason,
    decidedAt: row.collective_decided_at?.toISOString() ?? null,
    greenChannel: row.green_channel,
    state: row.state,
    version: row.version,
    canDecide: canDecide(row),
  };
}

/** Admin and HR read the requests of their own organisation only. */
export async function listRequests(
  db: Db,
  actor: Actor,
  query: CollectiveQuery,
): Promise<CollectiveRequestPage> {
  const employerId = employerOf(actor);
  const { rows, total } = await repo.listRequests(db, employerId, {
    status: query.status,
    sort: query.sort ?? 'requestedAt',
    order: query.order ?? 'asc',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toRequest), total, page: query.page, pageSize: query.pageSize };
}

type Answer = { decision: 'accept'; input: EmployerAction } | { decision: 'decline'; input: EmployerDecline };

/**
 * The employer accepts a graduate into its collective household or declines with a reason
 * (庆政办发〔2022〕44号 二(二)4). The organisation is locked first, so that two acceptances cannot both
 * take the last place; then the application, whose version must be the one the employer saw. The
 * reviewer's `approve` reads the answer (settlementMachine's collectiveAccepted guard).
 */
export async function answerRequest(
  db: Db,
  actor: Actor,
  applicationId: string,
  answer: Answer,
  ctx: ServiceContext,
): Promise<CollectiveRequest> {
  const employerId = employerOf(actor);
  if (!isUuid(applicationId)) throw notFound();
  return inTransaction(db, async (trx) => {
    const request = await repo.findRequestForUpdate(trx, employerId, applicationId);
    if (!request) throw notFound();
    const employer = await lockVerifiedEmployer(trx, employerId);
    const current = { state: request.state, version: request.version, status: request.collective_status };
    assertCurrentVersion(current, answer.input.version);
    if (!canDecide(request)) {
      throw new ApiError('conflict', { messageKey: 'error.conflict.collectiveDecided', details: current });
    }
    if (answer.decision === 'accept') {
      if (!employer.keeps_collective_household) throw conflict('error.conflict.collectiveNotKept');
      if ((await collectiveMembers(trx, employerId)) >= employer.collective_capacity) {
        throw conflict('error.conflict.collectiveFull');
      }
    }
    const status = answer.decision === 'accept' ? 'accepted' : 'declined';
    const reason = answer.decision === 'decline' ? answer.input.reason : null;
    await repo.decide(trx, applicationId, { status, reason, decidedBy: actor.userId });
    await writeAudit(trx, ctx, {
      actor,
      action: `settlement.collective_${answer.decision}`,
      entity: 'settlement_application',
      entityId: applicationId,
      details: { employerId, collective: status, reason },
    });
    await notify(trx, {
      userId: request.applicant_user_id,
      kind: `notification.settlement.collective_${status}`,
      params: { number: request.number },
      entity: 'settlement_application',
      entityId: applicationId,
    });
    // A green case waiting only for this yes is approved at once (秒批, 二(一)5).
    if (status === 'accepted') await instantApprovalIfDue(trx, applicationId, ctx);
    return toRequest(await repo.findRequest(trx, employerId, applicationId));
  });
}
