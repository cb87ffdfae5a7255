import {
  type Actor,
  type AwardState,
  type CheckedContributionRow,
  type ContributionConfirm,
  checkContributionRows,
  contributionColumns,
  evaluateSubsidyPayment,
  hasBureauRole,
  type IsoDate,
  maskName,
  maskResidentId,
  monthIndex,
  monthsFromTo,
  type PageQuery,
  type Tier,
  todayInChina,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { readSpreadsheet, type SpreadsheetOptions } from '../../platform/spreadsheet.js';
import { employerOf, lockVerifiedEmployer } from '../employers/access.js';
import { loadPolicyById } from '../policy/service.js';
import { cardFile } from '../talentCards/imports.js';
import * as repo from './repository.js';

export type EmployerAwardItem = {
  awardId: string;
  /** masked: 王*红 */
  name: string;
  tier: Tier;
  state: string;
  startDate: string | null;
  serviceEndsOn: string | null;
  /** Months this organisation's contributions are on record for the person. */
  contributedMonths: number;
  lastMonth: string | null;
  departedOn: string | null;
};

/** Admin and HR see their organisation's talent whose award is past its notice. */
export async function listEmployerAwards(
  db: Db,
  actor: Actor,
  query: Pick<PageQuery, 'page' | 'pageSize'> & { state?: AwardState | undefined },
) {
  const employerId = employerOf(actor);
  const { rows, total } = await repo.listEmployerAwards(db, employerId, {
    state: query.state,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const items: EmployerAwardItem[] = rows.map((r) => ({
    awardId: r.id,
    name: maskName(r.applicant_name),
    tier: r.tier,
    state: r.state,
    startDate: r.start_date,
    serviceEndsOn: r.service_ends_on,
    contributedMonths: r.months,
    lastMonth: r.last_month,
    departedOn: r.departed_on,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/**
 * The employer confirms the months it paid the person's social insurance (二(四)5: the minimum months
 * before the first payment, contributions continuing for later ones). Months already on record for
 * this organisation are kept; a month recorded as another organisation's is a conflict to sort out
 * with the bureau, and nothing of the range is written.
 */
export async function confirmMonths(
  db: Db,
  actor: Actor,
  awardId: string,
  input: ContributionConfirm,
  ctx: ServiceContext,
) {
  const employerId = employerOf(actor);
  if (!isUuid(awardId)) throw notFound();
  if (monthIndex(input.toMonth) > monthIndex(todayInChina().slice(0, 7))) {
    throw fieldError('toMonth', 'validation.month.future');
  }
  return inTransaction(db, async (trx) => {
    const award = await repo.findEmployerAward(trx, employerId, awardId);
    if (!award) throw notFound();
    await lockVerifiedEmployer(trx, employerId);
    const months = monthsFromTo(input.fromMonth, input.toMonth);
    const recorded = await repo.recordedMonths(
      trx,
      months.map((month) => ({ userId: award.applicant_user_id, month })),
    );
    const others = months.filter((m) => {
      const by = recorded.get(`${award.applicant_user_id}|${m}`);
      return by !== undefined && by !== employerId;
    });
    if (others.length > 0) {
      throw new ApiError('conflict', {
        messageKey: 'error.conflict.contributionOtherEmployer',
        details: { months: others },
      });
    }
    const added = await repo.insertContributions(
      trx,
      months.map((month) => ({
        userId: award.applicant_user_id,
        employerId,
        month,
        source: 'employer' as const,
        confirmedBy: actor.userId,
      })),
    );
    await writeAudit(trx, ctx, {
      actor,
      action: 'contribution.confirm',
      entity: 'award',
      entityId: award.id,
      details: { fromMonth: input.fromMonth, toMonth: input.toMonth, added },
    });
    return { added, alreadyRecorded: months.length - added };
  });
}

// The bureau's import of the social-insurance agency's file.

const importers = ['reviewer', 'finance', 'admin'] as const;
const importReaders = [...importers, 'approver', 'auditor'] as const;

export type ImportRowReport = {
  row: number;
  /** masked: 6210**********0120 */
  residentId: string | null;
  month: string | null;
  /** valid: would have applied, but the file was refused for other rows' errors. */
  outcome: 'applied' | 'skipped' | 'valid' | 'error';
  /** Catalogue keys: why a row was refused or skipped. */
  codes: string[];
};

export type ContributionImportSummary = {
  id: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  status: 'applied' | 'rejected';
  rowCount: number;
  appliedCount: number;
  skippedCount: number;
  errorCount: number;
  createdBy: string;
  createdAt: string;
};

/**
 * The file as rows keyed by its header, read as the registry reads a card file (CSV in UTF-8 or GBK,
 * .xlsx); an empty file is said in this file's own terms.
 */
const contributionFile: SpreadsheetOptions = {
  // 20,000 rows of ID, credit code and month stay under the API's 1 MB body limit.
  maxRows: 20_000,
  messages: {
    ...cardFile.messages,
    noRows: 'validation.import.empty',
    tooManyRows: 'validation.import.tooManyRows',
  },
};

/** Reviewers, finance and admins import the agency's file. */
export function assertImporter(actor: Actor): void {
  if (!importers.some((r) => hasBureauRole(actor, r))) throw forbidden();
}

type Resolved = CheckedContributionRow & { userId?: string; employerId?: string };

/**
 * Reads a contributions file (CSV or .xlsx: resident ID, employer credit code, month), checks every
 * row, finds each person and organisation, and applies the file only when no row is refused — a
 * half-applied file would leave nobody sure what is on record. The report, row by row, is kept
 * either way (resident IDs masked) and returned.
 */
export async function importContributions(
  db: Db,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  ctx: ServiceContext,
) {
  assertImporter(actor);
  const parsed = await readSpreadsheet(file.name, file.bytes, contributionFile);
  const columns = contributionColumns(parsed.header);
  if (!columns.ok) throw fieldError('file', 'validation.import.header');
  const checked: Resolved[] = checkContributionRows(parsed.rows, columns.columns, todayInChina());
  const users = await repo.applicantsByHmac(db, [
    ...new Set(checked.flatMap((r) => (r.residentId ? [ctx.pii.blindIndex(r.residentId)] : []))),
  ]);
  const employers = await repo.employersByUscc(db, [
    ...new Set(checked.flatMap((r) => (r.uscc ? [r.uscc] : []))),
  ]);
  for (const r of checked) {
    if (r.residentId) {
      const userId = users.get(ctx.pii.blindIndex(r.residentId));
      if (userId) r.userId = userId;
      else r.errors.push({ field: 'residentId', code: 'import.row.unknownPerson' });
    }
    if (r.uscc) {
      const employerId = employers.get(r.uscc);
      if (employerId) r.employerId = employerId;
      else r.errors.push({ field: 'uscc', code: 'import.row.unknownEmployer' });
    }
  }

  return inTransaction(db, async (trx) => {
    const recorded = await repo.recordedMonths(
      trx,
      checked.flatMap((r) => (r.userId && r.month ? [{ userId: r.userId, month: r.month }] : [])),
    );
    const report: ImportRowReport[] = checked.map((r) => {
      const by = r.userId && r.month ? recorded.get(`${r.userId}|${r.month}`) : undefined;
      if (by !== undefined && by !== r.employerId && r.employerId) {
        r.errors.push({ field: 'uscc', code: 'import.row.otherEmployer' });
      }
      const outcome = r.errors.length > 0 ? 'error' : by !== undefined ? 'skipped' : 'applied';
      return {
        row: r.row,
        residentId: r.residentId ? maskResidentId(r.residentId) : null,
        month: r.month,
        outcome,
        codes: outcome === 'skipped' ? ['import.row.alreadyRecorded'] : r.errors.map((e) => e.code),
      };
    });
    const errorCount = report.filter((r) => r.outcome === 'error').length;
    if (errorCount > 0) for (const r of report) if (r.outcome === 'applied') r.outcome = 'valid';
    const toApply = checked.filter((_, i) => report[i]?.outcome === 'applied');
    const row = await repo.insertImport(trx, {
      fileName: file.name,
      format: parsed.format,
      status: errorCount === 0 ? 'applied' : 'rejected',
      rowCount: report.length,
      appliedCount: toApply.length,
      skippedCount: report.filter((r) => r.outcome === 'skipped').length,
      errorCount,
      report,
      createdBy: actor.userId,
    });
    await repo.insertContributions(
      trx,
      toApply.map((r) => ({
        userId: r.userId as string,
        employerId: r.employerId as string,
        month: r.month as string,
        source: 'import' as const,
        confirmedBy: actor.userId,
        importId: row.id,
      })),
    );
    await writeAudit(trx, ctx, {
      actor,
      action: 'contribution.import',
      entity: 'contribution_import',
      entityId: row.id,
      details: { fileName: file.name, rows: report.length, applied: toApply.length, errors: errorCount },
    });
    const summary = await repo.findImport(trx, row.id);
    if (!summary) throw notFound();
    return { item: toSummary(summary), report };
  });
}

function toSummary(r: repo.ImportRow): ContributionImportSummary {
  return {
    id: r.id,
    fileName: r.file_name,
    format: r.format,
    status: r.status,
    rowCount: r.row_count,
    appliedCount: r.applied_count,
    skippedCount: r.skipped_count,
    errorCount: r.error_count,
    createdBy: r.created_by_name,
    createdAt: r.created_at.toISOString(),
  };
}

function assertImportReader(actor: Actor): void {
  if (!importReaders.some((r) => hasBureauRole(actor, r))) throw forbidden();
}

export async function listImports(db: Db, actor: Actor, query: Pick<PageQuery, 'page' | 'pageSize'>) {
  assertImportReader(actor);
  const { rows, total } = await repo.listImports(db, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: rows.map(toSummary),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function importReport(db: Db, actor: Actor, id: string) {
  assertImportReader(actor);
  if (!isUuid(id)) throw notFound();
  const row = await repo.findImport(db, id);
  if (!row) throw notFound();
  return { item: toSummary(row), report: row.report as ImportRowReport[] };
}

/**
 * The payment rules for one instalment of an award on `asOf` (二(四)5 common conditions): before the
 * first payment the minimum months of social insurance on record, for each later one contributions
 * still being paid — under the award's own policy version. What the disbursement side calls before
 * it takes an instalment into a batch.
 */
export async function paymentCheck(
  db: Db,
  award: { applicantUserId: string; policyVersionId: string },
  paymentNumber: number,
  asOf: IsoDate,
) {
  const policy = await loadPolicyById(db, award.policyVersionId);
  if (!policy) throw new Error(`policy version ${award.policyVersionId} not found`);
  const facts = await repo.contributionFacts(db, award.applicantUserId, asOf);
  return evaluateSubsidyPayment({ paymentNumber, ...facts }, policy);
}
