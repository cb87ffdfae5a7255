import {
  type Actor,
  availableActions,
  type BureauRole,
  type DisbursementBatchEvent,
  type DisbursementBatchRecord,
  disbursementBatchMachine,
  hasBureauRole,
  transition,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { requireMayCall } from '../../platform/permissions.js';
import { isUuid } from '../../platform/router.js';
import * as repo from './repository.js';

// A batch as its readers see it: the figures, who did what when, and what the caller may do next.

/** Finance works the batches; the auditor reads them (the permission table's readers of the list). */
export function requireBatchReader(actor: Actor): void {
  requireMayCall(actor, 'GET /api/disbursements');
}

export function requireAny(actor: Actor, roles: readonly BureauRole[]): void {
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

/** What the batch machine's guards read. */
export function batchRecordOf(row: repo.BatchRow): DisbursementBatchRecord {
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

export const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function batchView(row: repo.BatchRow, actor: Actor): BatchView {
  const record = batchRecordOf(row);
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

/** One batch for a reader of batches; `lock` takes it FOR UPDATE. */
export async function visibleBatch(db: Db, actor: Actor, id: string, lock = false): Promise<repo.BatchRow> {
  requireBatchReader(actor);
  if (!isUuid(id)) throw notFound();
  const row = await repo.findBatch(db, id, { lock });
  if (!row) throw notFound();
  return row;
}

export async function getBatch(db: Db, actor: Actor, id: string): Promise<BatchView> {
  return batchView(await visibleBatch(db, actor, id), actor);
}
