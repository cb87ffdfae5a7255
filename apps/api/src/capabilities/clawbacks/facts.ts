import {
  type Actor,
  type Award,
  type AwardRecord,
  type Clawback,
  calculateClawback,
  hasBureauRole,
  type PolicyVersion,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { loadPolicyById } from '../policy/service.js';
import * as repo from './repository.js';

// What a clawback rests on, for its page and its events alike: the award with its departure, the
// amount under the award's own policy version, and the award machine's record of them.

/** Bureau roles that read clawbacks; the actions themselves are the award machine's to allow. */
const readers = ['reviewer', 'approver', 'finance', 'admin', 'auditor'] as const;

export function assertReader(actor: Actor): void {
  if (!readers.some((role) => hasBureauRole(actor, role))) throw forbidden();
}

export async function policyOf(db: Db, award: repo.AwardRow): Promise<PolicyVersion> {
  const policy = await loadPolicyById(db, award.policy_version_id);
  // An award names the version it was approved under; losing it is a data error, not the caller's.
  if (!policy) throw new Error(`award ${award.id}: policy version not found`);
  return policy;
}

/** calculateClawback's result as stored and shown: the stopped lines counted, not listed. */
export type ClawbackCalculation = Omit<Clawback, 'stoppedLines'> & { stoppedLineCount: number };

export function compactClawback(c: Clawback): ClawbackCalculation {
  const { stoppedLines, ...rest } = c;
  return { ...rest, stoppedLineCount: stoppedLines.length };
}

/** The clawback under the award's own policy version, from the lines actually paid. */
export async function computeClawback(db: Db, award: repo.AwardRow, departedOn: string) {
  const policy = await policyOf(db, award);
  const paid = await repo.paidLineKeys(db, award.id);
  return calculateClawback(
    { award: award.calculation as Award, departureDate: departedOn, paidLineIds: paid },
    policy,
  );
}

/** An award whose holder left within the service commitment; any other is not a clawback (404). */
export async function findAwardWithDeparture(db: Db, awardId: string, lock: boolean) {
  if (!isUuid(awardId)) throw notFound();
  const award = await repo.findAward(db, awardId, { lock });
  if (!award) throw notFound();
  const departure = await repo.findDeparture(db, awardId);
  if (!departure?.within_commitment) throw notFound();
  return { award, departure };
}

/**
 * The award machine's record of a clawback: the amount assessed (or, before, `fen`: what it would be
 * today), who assessed it, and whether the award's policy version allows a waiver.
 */
export function clawbackRecordOf(
  award: repo.AwardRow,
  policy: PolicyVersion,
  clawback: repo.ClawbackRow | undefined,
  fen: number,
): AwardRecord {
  return {
    state: award.state as AwardRecord['state'],
    applicantUserId: award.applicant_user_id,
    ...(award.employer_id ? { employerId: award.employer_id } : {}),
    serviceEndsOn: award.service_ends_on ?? '',
    openLineCount: 0,
    clawbackWaivable: policy.clawback.value.waivable,
    clawbackFen: clawback ? Number(clawback.amount_fen) : fen,
    ...(clawback ? { clawbackAssessedBy: clawback.assessed_by_person } : {}),
  };
}
