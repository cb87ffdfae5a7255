import { createHash } from 'node:crypto';
import {
  type Actor,
  availableActions,
  type BureauRole,
  type DisbursementBatchEvent,
  type DisbursementBatchRecord,
  decisionReasonSchema,
  disbursementBatchMachine,
  hasBureauRole,
  maskName,
  type PaymentHoldReason,
  paymentLineMachine,
  type ResultIssue,
  type RosterEntry,
  refusalErrorCode,
  subsidyPaymentConditions,
  todayInChina,
  transition,
  validateBankResults,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import {
  ApiError,
  conflict,
  fieldError,
  forbidden,
  notFound,
  uniqueViolation,
} from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { loadPolicyById } from '../policy/service.js';
import * as repo from './repository.js';
import { readResultFile } from './resultFile.js';

// Paying money (policy.md "Paying money"): batches of due instalments, four eyes on each batch, the
// roster to the bank, the bank's answers back, failed lines corrected and paid in a later batch.

/** Finance works the batches; the auditor reads them. */
const batchReaders: readonly BureauRole[] = ['finance', 'auditor'];
/** A failed line's account is corrected by a reviewer (the claim's owner) or finance. */
const failedLineWorkers: readonly BureauRole[] = ['finance', 'reviewer'];

type Ctx = Pick<ServiceContext, 'requestId' | 'pii'>;

function requireAny(actor: Actor, roles: readonly BureauRole[]): void {
  if (!roles.some((role) => hasBureauRole(actor, role))) throw forbidden();
}

export function requireFinance(actor: Actor): void {
  requireAny(actor, ['finance']);
}

export type BatchView = {
  id: string;
  number: string;
  state: repo.BatchState;
  dueAsOf: string;
  lineCount: number;
  totalFen: number;
  paidCount: number;
  paidFen: number;
  failedCount: number;
  pendingCount: number;
  preparedBy: { id: string; name: string };
  preparedAt: string;
  approvedBy: { id: string; name: string } | null;
  approvedAt: string | null;
  /** When and by whom the roster was marked as sent to the bank. */
  exportedAt: string | null;
  sentBy: { id: string; name: string } | null;
  /** Lines taken out before the bank saw them, because their award stopped (a departure). */
  withdrawnCount: number;
  withdrawnFen: number;
  reconciledAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  version: number;
  /** What the caller may do now, and why an action of this state is refused them (e.g. four eyes). */
  actions: DisbursementBatchEvent[];
  refusals: Partial<Record<DisbursementBatchEvent, string>>;
};

function recordOf(row: repo.BatchRow): DisbursementBatchRecord {
  return {
    state: row.state,
    preparedBy: row.prepared_by_person,
    lineCount: row.line_count,
    pendingLineCount: pendingOf(row),
  };
}

/** Roster lines still waiting for the bank: none before export (nothing was sent) or after cancelling. */
function pendingOf(row: repo.BatchRow): number {
  return row.state === 'exported' ? row.line_count - row.paid_count - row.failed_count : 0;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function batchView(row: repo.BatchRow, actor: Actor): BatchView {
  const record = recordOf(row);
  const refusals: BatchView['refusals'] = {};
  for (const [event, spec] of Object.entries(disbursementBatchMachine.events)) {
    if (!spec.from.includes(row.state)) continue;
    const result = transition(disbursementBatchMachine, record, event, actor);
    if (!result.ok && result.reason === 'guard') refusals[event as DisbursementBatchEvent] = result.code;
  }
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    dueAsOf: row.due_as_of,
    lineCount: row.line_count,
    totalFen: row.total_fen,
    paidCount: row.paid_count,
    paidFen: row.paid_fen,
    failedCount: row.failed_count,
    pendingCount: row.state === 'exported' || row.state === 'reconciled' ? pendingOf(row) : row.line_count,
    preparedBy: { id: row.prepared_by, name: row.prepared_by_name },
    preparedAt: iso(row.prepared_at) ?? '',
    approvedBy: row.approved_by ? { id: row.approved_by, name: row.approved_by_name ?? '' } : null,
    approvedAt: iso(row.approved_at),
    exportedAt: iso(row.exported_at),
    sentBy: row.sent_by ? { id: row.sent_by, name: row.sent_by_name ?? '' } : null,
    withdrawnCount: row.withdrawn_count,
    withdrawnFen: Number(row.withdrawn_fen),
    reconciledAt: iso(row.reconciled_at),
    cancelledAt: iso(row.cancelled_at),
    cancelReason: row.cancel_reason,
    version: row.version,
    actions: availableActions(disbursementBatchMachine, record, actor),
    refusals,
  };
}

async function visibleBatch(db: Db, actor: Actor, id: string, lock = false): Promise<repo.BatchRow> {
  requireAny(actor, batchReaders);
  if (!isUuid(id)) throw notFound();
  const row = await repo.findBatch(db, id, { lock });
  if (!row) throw notFound();
  return row;
}

/** Batches are prepared only from instalments already due: nothing is paid ahead of its date. */
function checkDueAsOf(dueAsOf: string, today: string): void {
  if (dueAsOf > today) throw fieldError('dueAsOf', 'disbursement.due_as_of_future');
}

/**
 * The payment conditions (二(四)5) of every policy version under which an award has an instalment
 * due, derived from the domain's rule, for the batch statement to apply to all lines at once.
 */
async function dueConditions(db: Db, dueAsOf: string) {
  const table: repo.PaymentConditionsTable & { clauses: Map<string, Record<PaymentHoldReason, string>> } = {
    policyVersionIds: [],
    minMonths: [],
    continuing: [],
    clauses: new Map(),
  };
  for (const id of await repo.duePolicyVersions(db, dueAsOf)) {
    const policy = await loadPolicyById(db, id);
    if (!policy) throw new Error(`policy version ${id} not found`);
    const c = subsidyPaymentConditions(policy);
    table.policyVersionIds.push(id);
    table.minMonths.push(c.minSocialInsuranceMonths);
    table.continuing.push(c.continuingContributions);
    table.clauses.set(id, {
      'payment.socialInsurance': c.minSocialInsuranceMonthsClause,
      'payment.contributing': c.continuingContributionsClause,
    });
  }
  return table;
}

export type HeldGroup = { reason: PaymentHoldReason; clause: string; count: number; totalFen: number };

/** What a batch prepared as of the date would take, and what the payment conditions hold back and why. */
export async function previewBatch(db: Db, actor: Actor, dueAsOf: string, today = todayInChina()) {
  requireFinance(actor);
  checkDueAsOf(dueAsOf, today);
  const conditions = await dueConditions(db, dueAsOf);
  const groups = await repo.dueSummary(db, dueAsOf, conditions);
  const held: HeldGroup[] = [];
  let lineCount = 0;
  let totalFen = 0;
  for (const g of groups) {
    if (g.held === null) {
      lineCount += g.n;
      totalFen += g.total;
      continue;
    }
    const reason = g.held as PaymentHoldReason;
    const clause = conditions.clauses.get(g.policy_version_id)?.[reason] ?? '';
    const same = held.find((x) => x.reason === reason && x.clause === clause);
    if (same) {
      same.count += g.n;
      same.totalFen += g.total;
    } else held.push({ reason, clause, count: g.n, totalFen: g.total });
  }
  const heldCount = held.reduce((n, g) => n + g.count, 0);
  const heldFen = held.reduce((n, g) => n + g.totalFen, 0);
  return { dueAsOf, lineCount, totalFen, heldCount, heldFen, held };
}

/**
 * The instalments due as of the date that the payment conditions hold back, a page at a time: the
 * payee masked, the reason with its clause and, for a first payment, the months on record.
 */
export async function listHeldLines(
  db: Db,
  actor: Actor,
  query: { dueAsOf: string; page: number; pageSize: number },
  today = todayInChina(),
) {
  requireAny(actor, batchReaders);
  checkDueAsOf(query.dueAsOf, today);
  const conditions = await dueConditions(db, query.dueAsOf);
  const { rows, total } = await repo.heldLines(db, query.dueAsOf, conditions, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    items: rows.map((r) => {
      const reason = r.held as PaymentHoldReason;
      return {
        id: r.id,
        awardId: r.award_id,
        claimNumber: r.claim_number,
        payeeName: maskName(r.applicant_name),
        kind: r.kind,
        sequence: r.sequence,
        ofCount: r.of_count,
        amountFen: r.amount_fen,
        dueDate: r.due_date,
        reason,
        clause: conditions.clauses.get(r.policy_version_id)?.[reason] ?? '',
        months: r.months,
        minMonths: r.min_months,
      };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * One batch of every scheduled instalment of an active award due on or before `dueAsOf` whose payee
 * meets the payment conditions (held ones stay scheduled), in one
 * transaction: the instalments are taken (skipping any a concurrent preparation holds), the roster
 * lines written with the payee's name and social-security-card account as they stand, the totals set.
 * Nothing due → 409 and nothing is left behind.
 */
export async function prepareBatch(
  db: Db,
  actor: Actor,
  input: { dueAsOf: string },
  ctx: Ctx,
  today = todayInChina(),
): Promise<BatchView> {
  requireFinance(actor);
  checkDueAsOf(input.dueAsOf, today);
  const id = await inTransaction(db, async (trx) => {
    await repo.lockPreparation(trx);
    const number = await repo.nextBatchNumber(trx, today.slice(0, 4));
    const batchId = await repo.insertBatch(trx, { number, dueAsOf: input.dueAsOf, preparedBy: actor.userId });
    const taken = await repo.claimDueLines(
      trx,
      batchId,
      input.dueAsOf,
      await dueConditions(trx, input.dueAsOf),
    );
    if (taken === 0) throw conflict('disbursement.nothing_due');
    const payees = await repo.payeesOf(trx, batchId);
    await repo.insertRosterLines(trx, batchId, {
      ids: payees.map((p) => p.id),
      namesEnc: payees.map((p) => ctx.pii.encrypt(p.name)),
      namesMasked: payees.map((p) => maskName(p.name)),
    });
    const totals = await repo.totalBatch(trx, batchId);
    if (totals.line_count !== taken) throw new Error('roster lines differ from the instalments taken');
    await writeAudit(trx, ctx, {
      actor,
      action: 'disbursement.prepare',
      entity: 'disbursement_batch',
      entityId: batchId,
      details: { number, dueAsOf: input.dueAsOf, lineCount: totals.line_count, totalFen: totals.total_fen },
    });
    return batchId;
  });
  return getBatch(db, actor, id);
}

export async function getBatch(db: Db, actor: Actor, id: string): Promise<BatchView> {
  return batchView(await visibleBatch(db, actor, id), actor);
}

export async function listBatches(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number; state?: repo.BatchState | undefined },
) {
  requireAny(actor, batchReaders);
  const { rows, total } = await repo.listBatches(
    db,
    { state: query.state },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return { items: rows.map((r) => batchView(r, actor)), total, page: query.page, pageSize: query.pageSize };
}

export async function listLines(
  db: Db,
  actor: Actor,
  id: string,
  query: { page: number; pageSize: number; result?: repo.LineRow['result'] | undefined },
) {
  await visibleBatch(db, actor, id);
  const { rows, total } = await repo.listLines(
    db,
    id,
    { result: query.result },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      lineNo: r.line_no,
      withdrawnReason: r.withdrawn_reason,
      awardStopped: r.award_stopped_at !== null,
      accountChangedSinceLastPayment: r.account_changed,
      paymentLineId: r.payment_line_id,
      amountFen: r.amount_fen,
      payeeName: r.payee_name_masked,
      bankName: r.bank_name,
      account: r.payee_account_masked,
      result: r.result,
      failureReason: r.failure_reason,
      bankReference: r.bank_reference,
      resultAt: iso(r.result_at),
      kind: r.kind,
      sequence: r.sequence,
      ofCount: r.of_count,
      dueDate: r.due_date,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Events fired through POST /events; sending to the bank has its own route (POST /send). */
export const batchRouteEvents = [
  'approve',
  'send_back',
  'cancel',
  'reconcile',
] as const satisfies readonly DisbursementBatchEvent[];
const reasonRequired: ReadonlySet<string> = new Set(['send_back', 'cancel']);
const postedEvents: ReadonlySet<string> = new Set(batchRouteEvents);

/**
 * approve / send_back / cancel / reconcile, with the version the caller saw: the batch row is locked,
 * so of two people approving at once one succeeds and the other gets 409 with the current state.
 */
export async function fireBatchEvent(
  db: Db,
  actor: Actor,
  input: { id: string; event: string; version: number; reason?: string | undefined },
  ctx: Ctx,
): Promise<BatchView> {
  if (!postedEvents.has(input.event)) throw fieldError('event', 'transition.unknown_event');
  const reason = parseReason(input.event, input.reason);
  await inTransaction(db, async (trx) => {
    const row = await visibleBatch(trx, actor, input.id, true);
    const current = { state: row.state, version: row.version };
    if (row.version !== input.version) {
      throw new ApiError('conflict', { messageKey: 'error.conflict.stale', details: current });
    }
    const result = transition(disbursementBatchMachine, recordOf(row), input.event, actor);
    if (!result.ok)
      throw new ApiError(refusalErrorCode(result), { messageKey: result.code, details: current });
    const now = new Date();
    const values: Record<string, unknown> = { state: result.to };
    if (result.event === 'approve') Object.assign(values, { approved_by: actor.userId, approved_at: now });
    if (result.event === 'reconcile')
      Object.assign(values, { reconciled_by: actor.userId, reconciled_at: now });
    if (result.to === 'cancelled') {
      Object.assign(values, { cancelled_by: actor.userId, cancelled_at: now, cancel_reason: reason });
      await repo.releaseLines(trx, row.id);
    }
    await repo.updateBatch(trx, row.id, values);
    await writeAudit(trx, ctx, {
      actor,
      action: `disbursement.${result.event}`,
      entity: 'disbursement_batch',
      entityId: row.id,
      details: { from: result.from, to: result.to, reason: reason ?? null },
    });
  });
  return getBatch(db, actor, input.id);
}

function parseReason(event: string, reason: string | undefined): string | undefined {
  if (reason === undefined || reason.trim() === '') {
    if (reasonRequired.has(event)) throw fieldError('reason', 'validation.reason.length');
    return undefined;
  }
  const parsed = decisionReasonSchema.safeParse({ reason });
  if (!parsed.success) throw fieldError('reason', 'validation.reason.length');
  return parsed.data.reason;
}

/**
 * A download of the roster: finance only, an approved or sent batch only (it carries full names and
 * account numbers), audited every time with the batch's version — and nothing else: reading changes
 * no state. Sending it to the bank is a separate, explicit step (sendBatch).
 */
export async function recordRosterDownload(
  db: Db,
  actor: Actor,
  id: string,
  format: 'csv' | 'xlsx',
  ctx: Ctx,
): Promise<repo.BatchRow> {
  requireFinance(actor);
  const row = await visibleBatch(db, actor, id);
  if (row.state !== 'approved' && row.state !== 'exported')
    throw conflict('disbursement.roster_not_approved');
  await writeAudit(db, ctx, {
    actor,
    action: 'disbursement.roster_download',
    entity: 'disbursement_batch',
    entityId: row.id,
    details: { format, lineCount: row.line_count, totalFen: row.total_fen, version: row.version },
  });
  return row;
}

/**
 * Finance marks the approved batch's roster as sent to the bank (export), with the version it saw: a
 * double click finds the version moved on (409). The roster must have been downloaded at this very
 * version, so a roster from before lines were withdrawn (a departure) is never the one sent: 409
 * `disbursement.roster_changed`, download it again. From here the batch can no longer be cancelled,
 * and the bank's results may come back.
 */
export async function sendBatch(
  db: Db,
  actor: Actor,
  input: { id: string; version: number },
  ctx: Ctx,
): Promise<BatchView> {
  requireFinance(actor);
  await inTransaction(db, async (trx) => {
    const row = await visibleBatch(trx, actor, input.id, true);
    const current = { state: row.state, version: row.version };
    if (row.version !== input.version) {
      throw new ApiError('conflict', { messageKey: 'error.conflict.stale', details: current });
    }
    const result = transition(disbursementBatchMachine, recordOf(row), 'export', actor);
    if (!result.ok)
      throw new ApiError(refusalErrorCode(result), { messageKey: result.code, details: current });
    const downloaded = await repo.lastRosterDownload(trx, row.id);
    if (downloaded === undefined) throw conflict('disbursement.roster_not_downloaded');
    if (downloaded !== row.version) throw conflict('disbursement.roster_changed');
    await repo.updateBatch(trx, row.id, { state: result.to, exported_at: new Date(), sent_by: actor.userId });
    await writeAudit(trx, ctx, {
      actor,
      action: 'disbursement.send',
      entity: 'disbursement_batch',
      entityId: row.id,
      details: { from: result.from, to: result.to, lineCount: row.line_count, totalFen: row.total_fen },
    });
  });
  return getBatch(db, actor, input.id);
}

// ---- failed lines: corrected on the claim, then scheduled again for a later batch ----

export async function listFailedLines(db: Db, actor: Actor, query: { page: number; pageSize: number }) {
  requireAny(actor, [...failedLineWorkers, 'auditor']);
  const { rows, total } = await repo.listFailed(db, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(failedLineView), total, page: query.page, pageSize: query.pageSize };
}

function failedLineView(r: repo.FailedLineRow) {
  return {
    id: r.id,
    amountFen: r.amount_fen,
    dueDate: r.due_date,
    kind: r.kind,
    sequence: r.sequence,
    ofCount: r.of_count,
    failureReason: r.failure_reason,
    reissuedCount: r.reissued_count,
    version: r.version,
    batchNumber: r.batch_number,
    claimId: r.claim_id,
    claimNumber: r.claim_number,
    payeeName: maskName(r.payee_name),
    bankName: r.bank_name,
    account: r.bank_account_masked,
    /** The award stopped (a departure): this payment is not reissued. */
    awardStopped: r.award_state !== 'active',
    failedAt: iso(r.updated_at) ?? '',
  };
}

/**
 * Reissues a failed instalment to the account on the claim — always a verified one: a new account
 * takes two people (payeeAccounts.ts), and while one awaits its second person the line waits too
 * (409 `disbursement.account_change_pending`). An instalment of an award that has stopped (a departure
 * while it was with the bank) is not paid again: 409 `guard.award_stopped` (the machine's guard). The line is
 * "scheduled" again and goes into the next batch.
 */
export async function reissueFailedLine(
  db: Db,
  actor: Actor,
  input: { id: string; version: number },
  ctx: Ctx,
) {
  requireAny(actor, failedLineWorkers);
  if (!isUuid(input.id)) throw notFound();
  await inTransaction(db, async (trx) => {
    const line = await repo.lockFailedLine(trx, input.id);
    if (!line) throw notFound();
    const current = { state: line.state, version: line.version };
    if (line.version !== input.version) {
      throw new ApiError('conflict', { messageKey: 'error.conflict.stale', details: current });
    }
    if (await repo.pendingAccountChange(trx, line.claim_id))
      throw new ApiError('conflict', { messageKey: 'disbursement.account_change_pending', details: current });
    const record = {
      state: line.state,
      applicantUserId: line.applicant_user_id,
      dueDate: line.due_date,
      // the claim's account is always a verified one: a change reaches it only through a second person
      payeeAccountVerified: true,
      awardActive: line.award_state === 'active',
    };
    const result = transition(paymentLineMachine, record, 'reissue', actor);
    if (!result.ok)
      throw new ApiError(refusalErrorCode(result), { messageKey: result.code, details: current });
    await repo.reissueLine(trx, line.id);
    await writeAudit(trx, ctx, {
      actor,
      action: 'payment_line.reissue',
      entity: 'payment_line',
      entityId: line.id,
      details: { from: 'failed', to: 'scheduled' },
    });
  });
}

// ---- the applicant's own payment history ----

export async function myPayments(db: Db, actor: Actor) {
  if (actor.kind !== 'applicant') throw forbidden();
  const rows = await repo.paymentsOf(db, actor.userId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      awardId: r.award_id,
      kind: r.kind,
      sequence: r.sequence,
      ofCount: r.of_count,
      amountFen: r.amount_fen,
      dueDate: r.due_date,
      state: r.state,
      paidOn: r.paid_on,
      failureReason: r.failure_reason,
      reissued: r.reissued_count > 0,
    })),
  };
}

// ---- the bank's results ----

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
