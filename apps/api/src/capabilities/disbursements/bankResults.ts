import { createHash } from 'node:crypto';
import {
  type Actor,
  type ResultIssue,
  type RosterEntry,
  todayInChina,
  validateBankResults,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, conflict, uniqueViolation } from '../../platform/errors.js';
import * as repo from './repository.js';
import { readResultFile } from './resultFile.js';
import { iso, requireFinance, visibleBatch } from './view.js';

type Ctx = Pick<ServiceContext, 'requestId' | 'pii'>;

// The bank's results: its answer for each roster line, checked whole, applied whole.

export type ImportReport = {
  importId: string;
  status: 'applied' | 'rejected' | 'validated';
  fileName: string;
  format: 'csv' | 'xlsx';
  rowCount: number;
  paidCount: number;
  failedCount: number;
  paidFen: number;
  issueCount: number;
  issues: ResultIssue[];
};

/**
 * Checks the bank's result file against the roster, line by line. Any issue rejects the whole file
 * (recorded with its report, 422, nothing applied). A clean file is applied in one transaction: the
 * roster lines take their answers, the instalments become paid or failed, the payees are told. The
 * same file twice → 409; two files answering one line → the later one finds it answered.
 * `checkOnly`: a clean file is recorded as checked ('validated') and nothing is applied — a dry run
 * before the real import.
 */
export async function importResults(
  db: Db,
  actor: Actor,
  id: string,
  file: { name: string; bytes: Uint8Array },
  ctx: Ctx,
  options: { today?: string; checkOnly?: boolean } = {},
): Promise<ImportReport> {
  const today = options.today ?? todayInChina();
  requireFinance(actor);
  const batch = await visibleBatch(db, actor, id);
  if (batch.state !== 'exported') throw conflict('disbursement.results_not_expected');
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  if (await repo.appliedImport(db, batch.id, sha256)) throw conflict('disbursement.result_file_applied');
  const { format, rows } = await readResultFile(file.bytes);
  const roster = new Map<number, RosterEntry>();
  for (const r of await repo.rosterIndex(db, batch.id)) {
    roster.set(r.line_no, { amountFen: r.amount_fen, result: r.result === 'pending' ? 'pending' : 'paid' });
  }
  const v = validateBankResults(batch.number, rows, (n) => roster.get(n));
  const report = (importId: string, status: ImportReport['status']): ImportReport => ({
    importId,
    status,
    fileName: file.name,
    format,
    rowCount: v.rowCount,
    paidCount: v.paidCount,
    failedCount: v.failedCount,
    paidFen: v.paidFen,
    issueCount: v.issueCount,
    issues: v.issues,
  });
  const base = {
    batchId: batch.id,
    fileName: file.name,
    sha256,
    format,
    rowCount: v.rowCount,
    createdBy: actor.userId,
  };
  if (v.issueCount > 0) {
    const importId = await inTransaction(db, async (trx) => {
      const importId = await repo.insertImport(trx, {
        ...base,
        status: 'rejected',
        paidCount: 0,
        failedCount: 0,
        issueCount: v.issueCount,
        report: { issues: v.issues },
      });
      await writeAudit(trx, ctx, {
        actor,
        action: 'disbursement.results_rejected',
        entity: 'disbursement_batch',
        entityId: batch.id,
        details: { importId, rowCount: v.rowCount, issueCount: v.issueCount },
      });
      return importId;
    });
    throw new ApiError('unprocessable', {
      messageKey: 'disbursement.result_file_rejected',
      details: report(importId, 'rejected'),
    });
  }
  if (options.checkOnly) {
    const importId = await inTransaction(db, async (trx) => {
      const importId = await repo.insertImport(trx, {
        ...base,
        status: 'validated',
        paidCount: v.paidCount,
        failedCount: v.failedCount,
        issueCount: 0,
        report: { issues: [] },
      });
      await writeAudit(trx, ctx, {
        actor,
        action: 'disbursement.results_checked',
        entity: 'disbursement_batch',
        entityId: batch.id,
        details: { importId, rowCount: v.rowCount },
      });
      return importId;
    });
    return report(importId, 'validated');
  }
  const importId = await inTransaction(db, async (trx) => {
    const locked = await repo.findBatch(trx, batch.id, { lock: true });
    if (locked?.state !== 'exported') throw conflict('disbursement.results_not_expected');
    let importId: string;
    try {
      importId = await repo.insertImport(trx, {
        ...base,
        status: 'applied',
        paidCount: v.paidCount,
        failedCount: v.failedCount,
        issueCount: 0,
        report: { issues: [] },
      });
    } catch (err) {
      if (uniqueViolation(err) === 'bank_result_import_once')
        throw conflict('disbursement.result_file_applied');
      throw err;
    }
    const applied = await repo.applyResults(trx, batch.id, importId, {
      lineNos: v.results.map((r) => r.lineNo),
      results: v.results.map((r) => r.result),
      reasons: v.results.map((r) => r.failureReason),
      references: v.results.map((r) => r.bankReference),
    });
    // Another file answered some of these lines meanwhile: apply nothing, let the caller look again.
    if (applied !== v.results.length) throw conflict('disbursement.results_changed');
    const settled = await repo.settlePaymentLines(trx, importId, today);
    if (settled !== applied) throw new Error('instalments out of step with their roster lines');
    await repo.addResultCounts(trx, batch.id, {
      paidCount: v.paidCount,
      paidFen: v.paidFen,
      failedCount: v.failedCount,
    });
    await repo.notifyPayees(trx, importId, batch.number);
    await writeAudit(trx, ctx, {
      actor,
      action: 'disbursement.results_applied',
      entity: 'disbursement_batch',
      entityId: batch.id,
      details: { importId, paidCount: v.paidCount, paidFen: v.paidFen, failedCount: v.failedCount },
    });
    return importId;
  });
  return report(importId, 'applied');
}

export async function listImports(db: Db, actor: Actor, id: string) {
  const batch = await visibleBatch(db, actor, id);
  const rows = await repo.listImports(db, batch.id);
  return {
    items: rows.map((r) => ({
      id: r.id,
      fileName: r.file_name,
      format: r.format,
      status: r.status,
      rowCount: r.row_count,
      paidCount: r.paid_count,
      failedCount: r.failed_count,
      issueCount: r.issue_count,
      issues: ((r.report as { issues?: ResultIssue[] }).issues ?? []).slice(0, 100),
      createdBy: r.created_by_name,
      createdAt: iso(r.created_at as unknown as Date) ?? '',
    })),
  };
}
