import {
  canApproveInstantly,
  type Evaluation,
  type SettlementPlace,
  type SettlementRecord,
  type SettlementRoute,
  type SettlementState,
  todayInChina,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { loadPolicy } from '../policy/service.js';
import * as repo from './repository.js';

/**
 * The machine's view of an application. While a reported job awaits its employer, "its employer" is
 * the one named in the report, who confirms it (二(一)4); otherwise the collective household's. A green
 * case awaiting a decision may be approved instantly if its stored evaluation allows it under the
 * policy in force today (the bureau may have turned the switch off meanwhile) and no reviewer has
 * returned it before.
 */
export async function recordOf(
  db: Db,
  row: repo.ApplicationRow,
  today = todayInChina(),
): Promise<SettlementRecord> {
  let employerId = row.employer_id ?? undefined;
  if (row.state === 'employment_reported') {
    const report = await repo.latestEmploymentReport(db, row.id);
    if (report) employerId = report.employer_id;
  }
  const record: SettlementRecord = {
    state: row.state as SettlementState,
    applicantUserId: row.applicant_user_id,
    route: row.route as SettlementRoute,
    settleAt: row.settle_at as SettlementPlace,
    collectiveHouseholdAccepted: row.collective_status === 'accepted',
    greenChannel: row.green_channel,
    instantlyApproved: row.instant_approved_at !== null,
  };
  if (row.green_channel && row.state === 'submitted' && row.eligibility) {
    // A case a reviewer returned comes back to a reviewer: the system does not overrule a person.
    record.instantApprovalEligible =
      canApproveInstantly(row.eligibility as Evaluation, await loadPolicy(db, today)) &&
      !(await repo.wasReturned(db, row.id));
  }
  if (employerId !== undefined) record.employerId = employerId;
  if (row.employment_report_closes_on) record.employmentReportClosesOn = row.employment_report_closes_on;
  return record;
}
