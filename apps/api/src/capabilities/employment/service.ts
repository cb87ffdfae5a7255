import {
  type Actor,
  type EmployerAction,
  type EmployerDecline,
  type EmploymentReportStatus,
  maskName,
  type PageQuery,
  type SettlementState,
  type Tier,
} from '@talent/domain';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { employerOf, lockVerifiedEmployer } from '../employers/access.js';
import { fireSettlementEvent } from '../settlement/events.js';
import * as repo from './repository.js';

/** A graduate's report that they work here, as the employer sees it. */
export type EmploymentReportItem = {
  id: string;
  applicationId: string;
  number: string;
  /** masked: 张*丰 */
  name: string;
  tier: Tier | null;
  contractStart: string;
  contractMonths: number;
  position: string;
  status: EmploymentReportStatus;
  reason: string | null;
  reportedAt: string;
  decidedAt: string | null;
  /** The application's state and version: confirm/decline send the version back. */
  state: SettlementState;
  version: number;
  canDecide: boolean;
};
export type EmploymentReportPage = {
  items: EmploymentReportItem[];
  total: number;
  page: number;
  pageSize: number;
};
export type ReportQuery = Omit<PageQuery, 'sort' | 'q'> & {
  sort?: repo.ReportSort | undefined;
  status?: EmploymentReportStatus | undefined;
};

function canDecide(row: repo.ReportRow): boolean {
  return row.status === 'reported' && row.state === 'employment_reported';
}

function toItem(row: repo.ReportRow): EmploymentReportItem {
  return {
    id: row.id,
    applicationId: row.application_id,
    number: row.number,
    name: maskName(row.applicant_name),
    tier: row.tier,
    contractStart: row.contract_start,
    contractMonths: row.contract_months,
    position: row.position,
    status: row.status,
    reason: row.decision_reason,
    reportedAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    state: row.state,
    version: row.version,
    canDecide: canDecide(row),
  };
}

/** Admin and HR read the reports naming their own organisation only. */
export async function listReports(db: Db, actor: Actor, query: ReportQuery): Promise<EmploymentReportPage> {
  const employerId = employerOf(actor);
  const { rows, total } = await repo.listReports(db, employerId, {
    status: query.status,
    sort: query.sort ?? 'reportedAt',
    order: query.order ?? 'asc',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toItem), total, page: query.page, pageSize: query.pageSize };
}

type Answer =
  | { decision: 'confirm'; input: EmployerAction }
  | { decision: 'decline'; input: EmployerDecline };

/**
 * Settle first, work later (庆政办发〔2022〕44号 二(一)4): the employer confirms the contract the
 * graduate reported, or declines it with a reason so the graduate can report the right job while the
 * window is open. The report is locked, and the settlement event (`confirm_employment` /
 * `decline_employment`) fired in the same transaction: it checks the version, moves the case, records
 * the answer on the report, writes the audit row and tells the graduate.
 */
export async function answerReport(
  db: Db,
  actor: Actor,
  id: string,
  answer: Answer,
  ctx: ServiceContext,
): Promise<EmploymentReportItem> {
  const employerId = employerOf(actor);
  if (!isUuid(id)) throw notFound();
  return inTransaction(db, async (trx) => {
    const report = await repo.findReportForUpdate(trx, employerId, id);
    if (!report) throw notFound();
    await lockVerifiedEmployer(trx, employerId);
    if (!canDecide(report)) {
      throw new ApiError('conflict', {
        messageKey: 'error.conflict.employmentDecided',
        details: { state: report.state, version: report.version, status: report.status },
      });
    }
    await fireSettlementEvent(
      trx,
      actor,
      {
        applicationId: report.application_id,
        event: `${answer.decision}_employment`,
        version: answer.input.version,
        reason: answer.decision === 'decline' ? answer.input.reason : undefined,
      },
      ctx,
    );
    return toItem(await repo.findReport(trx, employerId, id));
  });
}
