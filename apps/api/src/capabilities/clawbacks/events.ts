import {
  type Actor,
  type AwardEvent,
  type AwardRecord,
  awardMachine,
  refusalErrorCode,
  todayInChina,
  transition,
} from '@talent/domain';
import { ApiError } from '../../platform/errors.js';
import type * as repo from './repository.js';

/** The award machine's events the bureau fires on a clawback (POST /bureau/clawbacks/{id}/events). */
export const clawbackEvents = [
  'assess_clawback',
  'close_without_clawback',
  'record_repayment',
  'waive_clawback',
] as const satisfies readonly AwardEvent[];
export type ClawbackEvent = (typeof clawbackEvents)[number];

/**
 * Asks the award machine whether `actor` may fire `event` now; a refusal leaves as the API's error
 * (not yours 403, not now 409). Four eyes is a matter of who, not when: the assessor waiving their own
 * assessment is a 403, like a preparer approving their own batch.
 */
export function checkAwardEvent(
  row: repo.AwardRow,
  event: AwardEvent,
  actor: Actor,
  extra: Partial<AwardRecord> = {},
): void {
  const record: AwardRecord = {
    state: row.state as AwardRecord['state'],
    applicantUserId: row.applicant_user_id,
    ...(row.employer_id ? { employerId: row.employer_id } : {}),
    serviceEndsOn: row.service_ends_on ?? '',
    openLineCount: 0,
    clawbackWaivable: true,
    ...extra,
  };
  const result = transition(awardMachine, record, event, actor, { today: todayInChina() });
  if (result.ok) return;
  const code = result.code === 'guard.four_eyes' ? 'forbidden' : refusalErrorCode(result);
  throw new ApiError(code, { messageKey: result.code, details: { state: row.state, version: row.version } });
}
