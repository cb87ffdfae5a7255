import {
  type Actor,
  awardMachine,
  awardStartsOn,
  calculateAward,
  type Principal,
  refusalErrorCode,
  subsidyClaimMachine,
  transition,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { Db } from '../../platform/db.js';
import { ApiError, notFound } from '../../platform/errors.js';
import { notify } from '../notifications/service.js';
import { loadPolicyById } from '../policy/service.js';
import type { NoticeContext } from './access.js';
import * as repo from './repository.js';

// --- the claim and its award

export type ClaimRow = NonNullable<Awaited<ReturnType<typeof repo.claimForUpdate>>>;

export async function claimFor(trx: Db, claimId: string): Promise<ClaimRow> {
  const claim = await repo.claimForUpdate(trx, claimId);
  if (!claim) throw notFound();
  return claim;
}

/** Asks the claim machine; a refusal leaves in the one error shape with the claim's number. */
export function fireClaim(
  claim: ClaimRow,
  event: 'publish_notice' | 'close_notice' | 'uphold_objection',
  actor: Principal,
  today: string,
  noticeEndsOn?: string,
): void {
  const record = {
    state: claim.state,
    applicantUserId: claim.applicant_user_id,
    ...(claim.employer_id ? { employerId: claim.employer_id } : {}),
    ...(claim.recommended_by ? { recommendedBy: claim.recommended_by } : {}),
    ...(noticeEndsOn ? { noticeEndsOn } : {}),
  };
  const result = transition(subsidyClaimMachine, record, event, actor, { today });
  if (!result.ok) {
    throw new ApiError(refusalErrorCode(result), {
      messageKey: result.code,
      details: { claim: claim.number, state: claim.state },
    });
  }
}

async function awardOf(trx: Db, claim: ClaimRow, event: 'activate' | 'cancel', actor: Principal) {
  const award = await repo.awardForUpdate(trx, claim.id);
  if (!award) throw notFound();
  const record = {
    state: award.state,
    applicantUserId: award.applicant_user_id,
    serviceEndsOn: award.service_ends_on ?? '',
    openLineCount: 0,
    clawbackWaivable: false,
    ...(award.employer_id ? { employerId: award.employer_id } : {}),
  };
  const result = transition(awardMachine, record, event, actor);
  if (!result.ok) {
    throw new ApiError(refusalErrorCode(result), {
      messageKey: result.code,
      details: { claim: claim.number, award: award.state },
    });
  }
  return award;
}

export function auditClaim(
  trx: Db,
  ctx: NoticeContext,
  actor: Principal,
  claim: ClaimRow,
  event: string,
  to: string,
  details: Record<string, unknown> = {},
) {
  return writeAudit(trx, ctx, {
    actor: actor.kind === 'system' ? null : actor,
    action: `subsidy_claim.${event}`,
    entity: 'subsidy_claim',
    entityId: claim.id,
    details: { from: claim.state, to, ...details },
  });
}

/**
 * The notice ended and nothing holds the claimant: the claim is awarded, the award active from the
 * day after the period (awardStartsOn), recomputed under the policy version it keeps so that its
 * instalments fall due from that day, and the instalments scheduled — each (award, line) once, by the
 * table's unique key as well as by the entry's outcome. Returns how many lines were scheduled.
 */
export async function activate(
  trx: Db,
  actor: Principal,
  claim: ClaimRow,
  entry: repo.EntryRow,
  endsOn: string,
  ctx: NoticeContext,
  today: string,
): Promise<number> {
  fireClaim(claim, 'close_notice', actor, today, endsOn);
  const award = await awardOf(trx, claim, 'activate', actor);
  const policy = await loadPolicyById(trx, award.policy_version_id);
  if (!policy) throw new Error(`award ${award.id}: policy version not found`);
  const startDate = awardStartsOn(endsOn);
  const calculation = calculateAward({ tier: award.tier, startDate }, policy);
  // The amounts were fixed at 复审 under this same version: only the dates may move.
  if (calculation.totalFen !== award.total_fen) throw new Error(`award ${award.id}: total differs`);
  await repo.setClaimState(trx, claim.id, 'awarded');
  await repo.updateAward(trx, award.id, {
    state: 'active',
    start_date: startDate,
    service_ends_on: calculation.serviceEndsOn,
    calculation: JSON.stringify(calculation),
  });
  await repo.setEntryOutcome(trx, entry.id, 'awarded');
  const scheduled = await repo.scheduleLines(
    trx,
    calculation.lines.map((line) => ({
      award_id: award.id,
      applicant_user_id: award.applicant_user_id,
      line_key: line.id,
      kind: line.kind,
      sequence: line.sequence,
      of_count: line.of,
      amount_fen: line.amountFen,
      due_date: line.dueDate,
    })),
  );
  await auditClaim(trx, ctx, actor, claim, 'close_notice', 'awarded');
  await writeAudit(trx, ctx, {
    actor: actor.kind === 'system' ? null : actor,
    action: 'award.activate',
    entity: 'award',
    entityId: award.id,
    details: { from: award.state, to: 'active', startDate, lines: scheduled, totalFen: award.total_fen },
  });
  await notify(trx, {
    userId: claim.applicant_user_id,
    kind: 'notification.publicNotice.awarded',
    params: { number: claim.number, startDate },
    entity: 'subsidy_claim',
    entityId: claim.id,
  });
  return scheduled;
}

/** An upheld objection: the claim goes back to the reviewers and its award is cancelled. */
export async function returnToReview(
  trx: Db,
  actor: Actor,
  claim: ClaimRow,
  entry: repo.EntryRow,
  reason: string,
  ctx: NoticeContext,
  today: string,
): Promise<void> {
  fireClaim(claim, 'uphold_objection', actor, today);
  const award = await awardOf(trx, claim, 'cancel', actor);
  await repo.setClaimState(trx, claim.id, 'under_review');
  await repo.updateAward(trx, award.id, { state: 'cancelled' });
  await repo.setEntryOutcome(trx, entry.id, 'returned');
  await auditClaim(trx, ctx, actor, claim, 'uphold_objection', 'under_review', { reason });
  await writeAudit(trx, ctx, {
    actor,
    action: 'award.cancel',
    entity: 'award',
    entityId: award.id,
    details: { from: award.state, to: 'cancelled', reason },
  });
}
