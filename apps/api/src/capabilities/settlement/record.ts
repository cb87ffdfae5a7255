import type { SettlementPlace, SettlementRecord, SettlementRoute, SettlementState } from '@talent/domain';
import type { Db } from '../../platform/db.js';
import * as repo from './repository.js';

/**
 * The machine's view of an application. While a reported job awaits its employer, "its employer" is
 * the one named in the report, who confirms it (二(一)4); otherwise the collective household's.
 */
export async function recordOf(db: Db, row: repo.ApplicationRow): Promise<SettlementRecord> {
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
  };
  if (employerId !== undefined) record.employerId = employerId;
  if (row.employment_report_closes_on) record.employmentReportClosesOn = row.employment_report_closes_on;
  return record;
}
