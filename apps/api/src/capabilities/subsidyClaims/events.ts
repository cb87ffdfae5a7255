import {
  type AwardRecord,
  type AwardState,
  addDays,
  awardMachine,
  calculateAward,
  type Principal,
  previewSubsidyClaim,
  publicNoticeEndsOn,
  type SubsidyClaimEvent,
  type SubsidyClaimRecord,
  type SubsidyClaimState,
  serviceDeadline,
  subsidyClaimMachine,
  todayInChina,
  transition,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { ApiError, conflict } from '../../platform/errors.js';
import {
  type Effect,
  fireEvent,
  type EffectInput as Input,
  type StateChanges,
} from '../../platform/transition.js';
import { loadCalendar } from '../calendar/service.js';
import { loadPolicy } from '../policy/service.js';
import { claimantOf } from './facts.js';
import * as repo from './repository.js';

export type ClaimEventInput = {
  claimId: string;
  event: string;
  /** The version the caller saw; a stale one is refused with the current state. */
  version: number;
  reason?: string | undefined;
};

export type EventContext = Pick<ServiceContext, 'requestId' | 'pii'> & { today?: string };

type EffectInput = Input<repo.ClaimRow>;

/**
 * The events a caller fires on the claim itself (POST /subsidy-claims/{id}/events). Publishing,
 * objections and the notice's end belong to the public notice.
 */
export const claimRouteEvents = [
  'withdraw',
  'start_review',
  'return',
  'resubmit',
  'recommend',
  'send_back',
  'approve',
  'reject',
] as const satisfies readonly SubsidyClaimEvent[];
export type ClaimRouteEvent = (typeof claimRouteEvents)[number];

export function claimRecordOf(row: repo.ClaimRow): SubsidyClaimRecord {
  const record: SubsidyClaimRecord = {
    state: row.state as SubsidyClaimState,
    applicantUserId: row.applicant_user_id,
  };
  if (row.recommended_by_person) record.recommendedBy = row.recommended_by_person;
  return record;
}

/** The claim machine's state changes: the claimant is told of each (platform/transition.ts). */
const claimChanges: StateChanges<SubsidyClaimState, SubsidyClaimEvent, SubsidyClaimRecord, repo.ClaimRow> = {
  machine: subsidyClaimMachine,
  entity: 'subsidy_claim',
  action: (event) => `subsidy_claim.${event}`,
  lock: (trx, actor, id) =>
    actor.kind === 'system' ? repo.findForUpdate(trx, id) : repo.findVisible(trx, actor, id, { lock: true }),
  recordOf: (_trx, row) => claimRecordOf(row),
  update: repo.updateClaim,
  effects: {
    submit: submission,
    resubmit: submission,
    return: async ({ reason }) => ({ values: { decision_reason: reason } }),
    recommend: async ({ actor, reason }) => ({
      values: { recommended_by: actor.userId, recommended_at: new Date(), decision_reason: reason ?? null },
    }),
    // The approver sends the recommendation back: it no longer stands, so the next one may be anyone's.
    send_back: async ({ reason }) => ({
      values: { recommended_by: null, recommended_at: null, decision_reason: reason },
    }),
    approve: approval,
    reject: async ({ reason }) => ({ values: { decision_reason: reason } }),
    uphold_objection: objectionUpheld,
  },
  notice: (row, event, params) => ({
    userId: row.applicant_user_id,
    kind: `notification.subsidy_claim.${event}`,
    params: { number: row.number, ...params },
    entity: 'subsidy_claim',
    entityId: row.id,
  }),
};

/**
 * Fires an event of the claim machine for every role alike, through the one runner (lock, version,
 * machine, effects — the award at 复审 —, audit, the claimant's notice, in one transaction: the
 * caller's when it passes one). Returns the claim's id.
 */
export async function fireClaimEvent(
  db: Db,
  actor: Principal,
  input: ClaimEventInput,
  ctx: EventContext,
): Promise<string> {
  const { claimId: id, ...event } = input;
  await fireEvent(db, claimChanges, actor, { id, ...event }, { ...ctx, today: ctx.today ?? todayInChina() });
  return id;
}

/**
 * (Re)submission: the server weighs eligibility again under the policy in force on the claim date
 * (fixed when the claim was made) and keeps the trace; a criterion that now fails refuses it. The
 * bureau has the ordinary service level to decide.
 */
async function submission({ trx, row, today, ctx }: EffectInput): Promise<Effect> {
  const claimDate = row.claim_date ?? today;
  const [policy, calendar, found] = await Promise.all([
    loadPolicy(trx, claimDate),
    loadCalendar(trx),
    claimantOf(trx, row.applicant_user_id, claimDate, ctx.pii, row.id),
  ]);
  if (!found.claimant) {
    throw new ApiError('conflict', {
      messageKey: 'subsidyClaim.notClaimable',
      details: { state: row.state, version: row.version, blocks: found.blocks },
    });
  }
  const { evaluation, claimable } = previewSubsidyClaim(found.claimant.facts, policy);
  if (!claimable) {
    throw new ApiError('conflict', {
      messageKey: 'subsidyClaim.notClaimable',
      details: { state: row.state, version: row.version, criteria: evaluation.criteria },
    });
  }
  const dueOn = serviceDeadline(calendar, policy, today, 'ordinary');
  return {
    values: {
      eligibility: JSON.stringify(evaluation),
      submitted_at: new Date(),
      due_on: dueOn,
      decision_reason: null,
    },
    params: { dueOn },
    audit: { outcome: evaluation.outcome, dueOn, policyVersionId: evaluation.policyVersionId },
  };
}

/**
 * 复审: the award is fixed now, under the policy version in force on the claim date (which it keeps
 * whatever version comes later), with the calculator's result stored as approved. It takes effect
 * when the public notice ends: published today at the earliest, the notice ends on
 * publicNoticeEndsOn(today) and payments may start the next day, so the dates are counted from
 * there. The public notice recomputes them from the real end when it activates the award (the
 * calculation's startDate says which start they were counted from). A claim approved again after an
 * upheld objection renews its cancelled award rather than making a second one.
 */
async function approval({ trx, actor, row, today, ctx }: EffectInput): Promise<Effect> {
  const claimDate = row.claim_date ?? today;
  const [policy, calendar, existing] = await Promise.all([
    loadPolicy(trx, claimDate),
    loadCalendar(trx),
    repo.findAward(trx, row.id, { lock: true }),
  ]);
  const startDate = addDays(publicNoticeEndsOn(calendar, policy, today), 1);
  const award = calculateAward({ tier: row.tier, startDate }, policy);
  const values: repo.AwardValues = {
    policy_version_id: award.policyVersionId,
    start_date: award.startDate,
    service_ends_on: award.serviceEndsOn,
    total_fen: award.totalFen,
    settling_in_fen: award.settlingInFen,
    living_allowance_fen: award.livingAllowanceFen,
    calculation: JSON.stringify(award),
  };
  let awardId: string;
  if (existing === undefined) {
    awardId = (await repo.insertAward(trx, row, values)).id;
  } else {
    const renewal = transition(awardMachine, awardRecordOf(row, existing), 'renew', actor, { today });
    if (!renewal.ok) throw conflict('subsidyClaim.awardExists');
    awardId = existing.id;
    await repo.updateAward(trx, awardId, { ...values, state: renewal.to });
  }
  await writeAudit(trx, ctx, {
    actor: actor.kind === 'system' ? null : actor,
    action: existing === undefined ? 'award.create' : 'award.renew',
    entity: 'award',
    entityId: awardId,
    details: { claimId: row.id, to: 'pending', totalFen: award.totalFen, policyVersionId: policy.id },
  });
  return {
    values: { approved_by: actor.userId, approved_at: new Date() },
    audit: { awardId, totalFen: award.totalFen, policyVersionId: policy.id, startDate },
  };
}

/**
 * An objection the bureau upholds sends the claim back to review: its award is cancelled, and the
 * first and second checks must both be done again (by two people, as before).
 */
async function objectionUpheld({ trx, actor, row, today, ctx, reason }: EffectInput): Promise<Effect> {
  const existing = await repo.findAward(trx, row.id, { lock: true });
  if (existing) {
    const cancel = transition(awardMachine, awardRecordOf(row, existing), 'cancel', actor, { today });
    if (cancel.ok) {
      await repo.updateAward(trx, existing.id, { state: cancel.to });
      await writeAudit(trx, ctx, {
        actor: actor.kind === 'system' ? null : actor,
        action: 'award.cancel',
        entity: 'award',
        entityId: existing.id,
        details: { claimId: row.id, from: existing.state, to: cancel.to, reason: reason ?? null },
      });
    }
  }
  return {
    values: {
      recommended_by: null,
      recommended_at: null,
      approved_by: null,
      approved_at: null,
      decision_reason: reason,
    },
  };
}

export function awardRecordOf(claim: repo.ClaimRow, award: repo.AwardRow): AwardRecord {
  const record: AwardRecord = {
    state: award.state as AwardState,
    applicantUserId: claim.applicant_user_id,
    serviceEndsOn: award.service_ends_on ?? '9999-12-31',
    openLineCount: 0,
    clawbackWaivable: false,
  };
  if (claim.employer_id) record.employerId = claim.employer_id;
  return record;
}
