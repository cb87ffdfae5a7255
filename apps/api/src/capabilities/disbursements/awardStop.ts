import type { Actor } from '@talent/domain';
import { writeAudit } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Db } from '../../platform/db.js';
import * as repo from './repository.js';

/** Batches the bank has not seen: their roster may still change. */
const unsent: ReadonlySet<repo.BatchState> = new Set(['prepared', 'approved']);

export type StoppedInBatches = {
  /** The instalments taken out of unsent batches (now cancelled). */
  withdrawn: { payment_line_id: string; line_key: string; amount_fen: number }[];
  /** Lines already with the bank, flagged so that a failed answer is not paid again. */
  flagged: number;
};

/**
 * An award stopped (leaving within the service commitment stops the unpaid parts, 庆政办发〔2022〕44号
 * 二(四)5): call in the transaction that stops it, with the award row locked. Its lines leave every
 * batch not yet sent to the bank (totals recomputed, one audit row per batch naming the award and the
 * reason, the approver sees them as withdrawn); in a batch already sent they are flagged. Preparation
 * is held off meanwhile (its advisory lock), so no batch takes a line of the award in between.
 */
export async function stopAwardInBatches(
  trx: Db,
  ctx: Pick<ServiceContext, 'requestId'>,
  actor: Actor,
  awardId: string,
  reason: 'award_stopped',
): Promise<StoppedInBatches> {
  await repo.lockPreparation(trx);
  const batches = await repo.lockBatchesOfAward(trx, awardId);
  const open = batches.filter((b) => unsent.has(b.state));
  const sent = batches.filter((b) => b.state === 'exported');
  const withdrawn = open.length
    ? await repo.withdrawAwardLines(
        trx,
        awardId,
        open.map((b) => b.id),
      )
    : [];
  for (const batch of open) {
    const lines = withdrawn.filter((l) => l.batch_id === batch.id);
    if (lines.length === 0) continue;
    const fen = lines.reduce((sum, l) => sum + l.amount_fen, 0);
    await repo.subtractWithdrawn(trx, batch.id, lines.length, fen);
    await writeAudit(trx, ctx, {
      actor,
      action: 'disbursement.lines_withdrawn',
      entity: 'disbursement_batch',
      entityId: batch.id,
      details: { awardId, reason, lineCount: lines.length, totalFen: fen, batchState: batch.state },
    });
  }
  let flagged = 0;
  for (const batch of sent) {
    const n = await repo.flagStoppedAward(trx, awardId, [batch.id]);
    if (n === 0) continue;
    flagged += n;
    await writeAudit(trx, ctx, {
      actor,
      action: 'disbursement.lines_flagged',
      entity: 'disbursement_batch',
      entityId: batch.id,
      details: { awardId, reason, lineCount: n },
    });
  }
  return { withdrawn, flagged };
}
