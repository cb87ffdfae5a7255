import {
  type Actor,
  type BureauRole,
  maskName,
  type PaymentHoldReason,
  paymentLineMachine,
  refusalErrorCode,
  subsidyPaymentConditions,
  todayInChina,
  transition,
} from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { type Db, inTransaction } from '../../platform/db.js';
import { ApiError, conflict, fieldError, forbidden, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/router.js';
import { loadPolicyById } from '../policy/service.js';
import * as repo from './repository.js';
import {
  type BatchView,
  batchView,
  getBatch,
  iso,
  requireAny,
  requireBatchReader,
  requireFinance,
  visibleBatch,
} from './view.js';

// Paying money (policy.md "Paying money"): batches of due instalments, four eyes on each batch, the
// roster to the bank, the bank's answers back, failed lines corrected and paid in a later batch.

/** A failed line's account is corrected by a reviewer (the claim's owner) or finance. */
const failedLineWorkers: readonly BureauRole[] = ['finance', 'reviewer'];

type Ctx = Pick<ServiceContext, 'requestId' | 'pii'>;

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
  requireBatchReader(actor);
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

export async function listBatches(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number; state?: repo.BatchState | undefined },
) {
  requireBatchReader(actor);
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
