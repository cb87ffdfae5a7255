import {
  type Actor,
  type DisbursementBatchEvent,
  type DisbursementBatchRecord,
  type DisbursementBatchState,
  disbursementBatchMachine,
  todayInChina,
} from '@talent/domain';
import type { ServiceContext } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import { conflict } from '../../platform/errors.js';
import { type Effect, type EffectInput, fireEvent, type StateChanges } from '../../platform/transition.js';
import * as repo from './repository.js';
import { type BatchView, batchRecordOf, getBatch, requireFinance, visibleBatch } from './view.js';

// A batch's state changes (four eyes, the roster to the bank, reconciliation, cancelling), through the
// one runner (platform/transition.ts): lock, version, machine, effects, audit in one transaction.

type Ctx = Pick<ServiceContext, 'requestId' | 'pii'>;
type BatchEffectInput = EffectInput<repo.BatchRow>;

/** Events fired through POST /disbursements/{id}/events; sending to the bank has its own route (POST /send). */
export const batchRouteEvents = [
  'approve',
  'send_back',
  'cancel',
  'reconcile',
] as const satisfies readonly DisbursementBatchEvent[];
export type BatchRouteEvent = (typeof batchRouteEvents)[number];

const batchChanges: StateChanges<
  DisbursementBatchState,
  DisbursementBatchEvent,
  DisbursementBatchRecord,
  repo.BatchRow
> = {
  machine: disbursementBatchMachine,
  entity: 'disbursement_batch',
  // the roster's leaving is "send" in the trail, as the finance officer knows it
  action: (event) => `disbursement.${event === 'export' ? 'send' : event}`,
  // the system fires no batch event
  lock: async (trx, actor, id) => (actor.kind === 'system' ? undefined : visibleBatch(trx, actor, id, true)),
  recordOf: (_trx, row) => batchRecordOf(row),
  update: repo.updateBatch,
  effects: {
    approve: async ({ actor }) => ({ values: { approved_by: actor.userId, approved_at: new Date() } }),
    send_back: cancelled,
    cancel: cancelled,
    export: sentToBank,
    reconcile: async ({ actor }) => ({ values: { reconciled_by: actor.userId, reconciled_at: new Date() } }),
  },
};

/**
 * approve / send_back / cancel / reconcile, with the version the caller saw: the batch row is locked,
 * so of two people approving at once one succeeds and the other gets 409 with the current state.
 */
export async function fireBatchEvent(
  db: Db,
  actor: Actor,
  input: { id: string; event: BatchRouteEvent; version: number; reason?: string | undefined },
  ctx: Ctx,
): Promise<BatchView> {
  await fireEvent(db, batchChanges, actor, input, { ...ctx, today: todayInChina() });
  return getBatch(db, actor, input.id);
}

/**
 * Finance marks the approved batch's roster as sent to the bank (export), with the version it saw: a
 * double click finds the version moved on (409). From here the batch can no longer be cancelled, and
 * the bank's results may come back.
 */
export async function sendBatch(
  db: Db,
  actor: Actor,
  input: { id: string; version: number },
  ctx: Ctx,
): Promise<BatchView> {
  requireFinance(actor);
  await fireEvent(db, batchChanges, actor, { ...input, event: 'export' }, { ...ctx, today: todayInChina() });
  return getBatch(db, actor, input.id);
}

/**
 * The roster must have been downloaded at this very version, so a roster from before lines were
 * withdrawn (a departure) is never the one sent: 409 `disbursement.roster_changed`, download it again.
 */
async function sentToBank({ trx, actor, row }: BatchEffectInput): Promise<Effect> {
  const downloaded = await repo.lastRosterDownload(trx, row.id);
  if (downloaded === undefined) throw conflict('disbursement.roster_not_downloaded');
  if (downloaded !== row.version) throw conflict('disbursement.roster_changed');
  return {
    values: { exported_at: new Date(), sent_by: actor.userId },
    audit: { lineCount: row.line_count, totalFen: row.total_fen },
  };
}

/** Refused before the bank saw it: the batch's lines go back to be paid later (repo.releaseLines). */
async function cancelled({ trx, actor, row, reason }: BatchEffectInput): Promise<Effect> {
  await repo.releaseLines(trx, row.id);
  return { values: { cancelled_by: actor.userId, cancelled_at: new Date(), cancel_reason: reason } };
}
